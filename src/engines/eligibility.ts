// Who may use a window, condition by condition: yes / no / unknown. Only a clear "no" excludes a
// window; "unknown" never does (the eligibility note is shown as written instead).
import type { Eligibility } from '../data/schema';

export type Tri = 'yes' | 'no' | 'unknown';
export type Caller = NonNullable<Eligibility['callers']>[number];

export interface Profile {
  gender?: 'woman' | 'man' | 'another';
  /** Age band of the person the help is about, inclusive. */
  ageMin?: number;
  ageMax?: number;
  hasChildren?: boolean;
  /** Roles in which the person can call for sure (a mother asking about herself: self and parent). */
  callers?: readonly Caller[];
  /** Roles the answers leave open (no answer on children: maybe a parent). */
  maybeCallers?: readonly Caller[];
  /**
   * The age given is the caller's own. A parent's call is about a child, so a window's age limit on
   * a line that takes parents is about the child's age, which nobody gave.
   */
  ageIsCallers?: boolean;
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

const overlaps = (a: readonly Caller[] | undefined, b: readonly Caller[]) =>
  (a ?? []).some((c) => b.includes(c));

function callerFit(e: Eligibility, p: Profile): Tri {
  if (!e.callers || !p.callers) return 'unknown';
  if (overlaps(p.callers, e.callers)) return 'yes';
  return overlaps(p.maybeCallers, e.callers) ? 'unknown' : 'no';
}

function ageFit(e: Eligibility, p: Profile): Tri {
  if (e.ageMin === undefined && e.ageMax === undefined) return 'yes';
  if (p.ageMin === undefined && p.ageMax === undefined) return 'unknown';
  const lo = p.ageMin ?? 0;
  const hi = p.ageMax ?? 200;
  const wLo = e.ageMin ?? 0;
  const wHi = e.ageMax ?? 200;
  if (lo >= wLo && hi <= wHi) return 'yes';
  if (hi >= wLo && lo <= wHi) return 'unknown';
  const asParent =
    e.callers?.includes('parents') &&
    overlaps([...(p.callers ?? []), ...(p.maybeCallers ?? [])], ['parents']);
  return p.ageIsCallers && asParent ? 'unknown' : 'no';
}

function childrenFit(e: Eligibility, p: Profile): Tri {
  if (e.children !== 'required') return 'yes';
  if (p.hasChildren === undefined) return 'unknown';
  return p.hasChildren ? 'yes' : 'no';
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
