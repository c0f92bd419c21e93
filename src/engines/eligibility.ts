// Who may use a window, condition by condition: yes / no / unknown. Only a clear "no" excludes a
// window; "unknown" never does (the eligibility note is shown as written instead).
import type { Eligibility } from '../data/schema';

export type Tri = 'yes' | 'no' | 'unknown';

export interface Profile {
  gender?: 'woman' | 'man' | 'another';
  /** Age band, inclusive. */
  ageMin?: number;
  ageMax?: number;
  hasChildren?: boolean;
  /** Who is asking: the person themself, someone worried about another, or a child. */
  caller?: 'self' | 'others' | 'children' | 'parents';
}

export interface EligibilityResult {
  gender: Tri;
  age: Tri;
  children: Tri;
  caller: Tri;
  /** True unless some condition is a clear "no". */
  eligible: boolean;
}

function genderFit(e: Eligibility, p: Profile): Tri {
  if (e.gender === 'any') return 'yes';
  if (e.gender === 'unknown' || !p.gender || p.gender === 'another') return 'unknown';
  if (e.gender === 'women') return p.gender === 'woman' ? 'yes' : 'no';
  return p.gender === 'man' ? 'yes' : 'no';
}

function ageFit(e: Eligibility, p: Profile): Tri {
  if (e.ageMin === undefined && e.ageMax === undefined) return 'yes';
  if (p.ageMin === undefined && p.ageMax === undefined) return 'unknown';
  const lo = p.ageMin ?? 0;
  const hi = p.ageMax ?? 200;
  const wLo = e.ageMin ?? 0;
  const wHi = e.ageMax ?? 200;
  if (hi < wLo || lo > wHi) return 'no';
  if (lo >= wLo && hi <= wHi) return 'yes';
  return 'unknown';
}

function childrenFit(e: Eligibility, p: Profile): Tri {
  if (e.children !== 'required') return 'yes';
  if (p.hasChildren === undefined) return 'unknown';
  return p.hasChildren ? 'yes' : 'no';
}

function callerFit(e: Eligibility, p: Profile): Tri {
  if (!e.callers || !p.caller) return 'unknown';
  if (e.callers.includes(p.caller)) return 'yes';
  // "self" lines also take a child calling about themself.
  if (p.caller === 'children' && e.callers.includes('self')) return 'unknown';
  return 'no';
}

export function checkEligibility(e: Eligibility, p: Profile): EligibilityResult {
  const result = {
    gender: genderFit(e, p),
    age: ageFit(e, p),
    children: childrenFit(e, p),
    caller: callerFit(e, p),
  };
  return { ...result, eligible: !Object.values(result).includes('no') };
}
