// Pure changes to a safety plan: ticks on the guidance steps and the person's own lines.
import { OWN_LINE_MAX, type SafetyPlanPhase, type SafetyPlanRecord } from '../../lib/safety-plan-record';

export const EMPTY_PLAN: SafetyPlanRecord = { ticked: [], own: [] };

export function toggleStep(plan: SafetyPlanRecord, id: string): SafetyPlanRecord {
  const ticked = plan.ticked.includes(id) ? plan.ticked.filter((t) => t !== id) : [...plan.ticked, id];
  return { ...plan, ticked };
}

/** Adds a line (trimmed, cut to the length a kept plan allows); an empty line changes nothing. */
export function addLine(
  plan: SafetyPlanRecord,
  phase: SafetyPlanPhase,
  text: string,
  id: string,
): SafetyPlanRecord {
  const clean = text.trim().slice(0, OWN_LINE_MAX);
  if (!clean) return plan;
  return { ...plan, own: [...plan.own, { id, phase, text: clean, ticked: false }] };
}

export function toggleLine(plan: SafetyPlanRecord, id: string): SafetyPlanRecord {
  return { ...plan, own: plan.own.map((l) => (l.id === id ? { ...l, ticked: !l.ticked } : l)) };
}

export function removeLine(plan: SafetyPlanRecord, id: string): SafetyPlanRecord {
  return { ...plan, own: plan.own.filter((l) => l.id !== id) };
}

/** A short id for a new line, unique within the plan. */
export function newLineId(plan: SafetyPlanRecord): string {
  let n = plan.own.length;
  const taken = new Set(plan.own.map((l) => l.id));
  while (taken.has(`l${n}`)) n++;
  return `l${n}`;
}
