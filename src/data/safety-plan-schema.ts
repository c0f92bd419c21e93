// The shape of the safety plan's steps (src/data/safety-plan.json). Each step cites at least one
// quoted passage of published guidance or of the city's plan; the words shown live in
// locales/<lng>/safety-plan.json under steps.<id>.
import * as v from 'valibot';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case a-z0-9'));
const stepId = v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase'));
const date = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));

import { PHASES } from './safety-plan-phases';

export { PHASES, type Phase } from './safety-plan-phases';

export const Quote = v.strictObject({
  id,
  /** The passage exactly as recorded. */
  text: v.pipe(v.string(), v.minLength(1)),
  lang: v.picklist(['ja', 'en']),
  /** False when the record is a summary or rendering, not the page's own words (see note). */
  verbatim: v.boolean(),
  note: v.optional(v.string()),
  source: v.strictObject({
    title: v.pipe(v.string(), v.minLength(1)),
    publisher: v.pipe(v.string(), v.minLength(1)),
    url: v.nullable(v.pipe(v.string(), v.url())),
    /** The date the source states, or null when it states none. */
    date: v.nullable(date),
    /** The programme number when the source is the city's FY2020 plan report. */
    programme: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(57))),
  }),
});
export type Quote = v.InferOutput<typeof Quote>;

export const Step = v.strictObject({
  id: stepId,
  phase: v.picklist(PHASES),
  quotes: v.pipe(v.array(id), v.minLength(1, 'every step cites a quote')),
  /** The window that helps with this step. */
  window: v.optional(id),
  /** Or an in-app screen. */
  screen: v.optional(v.picklist(['safety'])),
});
export type Step = v.InferOutput<typeof Step>;

export const SafetyPlanData = v.strictObject({
  asOf: date,
  intro: v.strictObject({ quotes: v.array(id) }),
  quotes: v.array(Quote),
  steps: v.pipe(v.array(Step), v.minLength(1)),
});
export type SafetyPlanData = v.InferOutput<typeof SafetyPlanData>;

/** Schema errors plus references that lead nowhere (quotes, windows), as readable lines. */
export function checkSafetyPlan(data: unknown, windowIds: ReadonlySet<string>): string[] {
  const parsed = v.safeParse(SafetyPlanData, data);
  if (!parsed.success) return parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
  const errors: string[] = [];
  const quoteIds = new Set(parsed.output.quotes.map((q) => q.id));
  const cited = [...parsed.output.intro.quotes, ...parsed.output.steps.flatMap((s) => s.quotes)];
  for (const q of cited) if (!quoteIds.has(q)) errors.push(`quote ${q} is cited but not recorded`);
  const stepIds = new Set<string>();
  for (const s of parsed.output.steps) {
    if (stepIds.has(s.id)) errors.push(`step ${s.id} appears twice`);
    stepIds.add(s.id);
    if (s.window && !windowIds.has(s.window)) errors.push(`step ${s.id}: no window ${s.window}`);
    if (!s.window && !s.screen) errors.push(`step ${s.id} links to no window or screen`);
  }
  for (const q of quoteIds) if (!cited.includes(q)) errors.push(`quote ${q} is recorded but never cited`);
  return errors;
}
