// What a kept safety plan may look like on the device. Anything else is treated as corrupt and
// dropped, never shown and never fatal.
export type SafetyPlanPhase = 'staying' | 'leaving' | 'after';

export interface OwnLine {
  id: string;
  phase: SafetyPlanPhase;
  text: string;
  ticked: boolean;
}

export interface SafetyPlanRecord {
  /** Ids of the ticked guidance steps. */
  ticked: string[];
  /** Lines the person wrote. */
  own: OwnLine[];
}

export const OWN_LINE_MAX = 200;
const MAX_LINES = 60;
const PHASES: readonly string[] = ['staying', 'leaving', 'after'];

const isOwnLine = (x: unknown): x is OwnLine => {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  return (
    Object.keys(r).length === 4 &&
    typeof r.id === 'string' &&
    /^[a-z0-9]{1,16}$/.test(r.id) &&
    typeof r.phase === 'string' &&
    PHASES.includes(r.phase) &&
    typeof r.text === 'string' &&
    r.text.length > 0 &&
    r.text.length <= OWN_LINE_MAX &&
    typeof r.ticked === 'boolean'
  );
};

export function isSafetyPlanRecord(v: unknown): v is SafetyPlanRecord {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (
    Object.keys(r).length === 2 &&
    Array.isArray(r.ticked) &&
    r.ticked.length <= MAX_LINES &&
    r.ticked.every((s) => typeof s === 'string' && /^[a-zA-Z0-9]{1,40}$/.test(s)) &&
    Array.isArray(r.own) &&
    r.own.length <= MAX_LINES &&
    r.own.every(isOwnLine)
  );
}
