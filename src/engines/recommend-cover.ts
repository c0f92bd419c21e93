// The first five results cover what the person asked for before a second window of the same kind:
// a way in without speaking, a general partner-violence line, the line for their situation (dating
// violence, a child being hurt), then one window per chosen need (up to four), then the best of the
// rest. Broad human-rights lines never come above a window made for a chosen need.
import { factsOf } from './recommend-facts';
import { isBroad, isDvLine, meetsNeed } from './recommend-fit';
import type { Person } from './recommend-person';
import type { Ranked, RecommendContext } from './recommend-types';

export const TOP = 5;
/** How many chosen needs the first five guarantee a window for. */
const NEEDS_COVERED = 4;
/** General DV lines in the first five before other kinds get a place. */
const DV_LINES = 2;

const has = (r: Ranked, code: Ranked['reasons'][number]['code']) => r.reasons.some((x) => x.code === code);

/** Specific to a chosen need: not a broad line, with a need reason. */
const specific = (r: Ranked, ctx: RecommendContext) => has(r, 'need') && !isBroad(factsOf(r.window, ctx));

/** Moves every broad line below the last window specific to a chosen need, keeping order otherwise. */
export function broadBelowSpecific(list: Ranked[], ctx: RecommendContext): Ranked[] {
  let last = -1;
  list.forEach((r, i) => {
    if (specific(r, ctx)) last = i;
  });
  if (last < 0) return list;
  const head = list.slice(0, last + 1);
  const broad = head.filter((r) => isBroad(factsOf(r.window, ctx)));
  return [...head.filter((r) => !broad.includes(r)), ...broad, ...list.slice(last + 1)];
}

/**
 * `relevant` is sorted best first; `shown` are windows already above (the urgent block), which
 * count as covering. Returns the whole list with the covering picks first.
 */
export function coverFirst(
  relevant: Ranked[],
  shown: Ranked[],
  person: Person,
  ctx: RecommendContext,
): Ranked[] {
  const picks: Ranked[] = [];
  const covered = (pred: (r: Ranked) => boolean) => [...shown, ...picks].some(pred);
  // A window you can reach first; one known only by its route if nothing else serves.
  const take = (pred: (r: Ranked) => boolean) => {
    if (picks.length >= TOP || covered(pred)) return;
    const open = relevant.filter((r) => !picks.includes(r) && pred(r));
    const best = open.find((r) => factsOf(r.window, ctx).reachable) ?? open[0];
    if (best) picks.push(best);
  };
  if (person.noSpeaking) take((r) => has(r, 'no-speaking'));
  if (person.partnerViolence) take((r) => has(r, 'dv-line') && isDvLine(factsOf(r.window, ctx)));
  if (person.implied.has('dating-violence')) take((r) => has(r, 'dating-violence'));
  if (person.implied.has('child-abuse')) take((r) => has(r, 'child-abuse'));
  for (const need of person.needs.slice(0, NEEDS_COVERED)) {
    const meets = (r: Ranked) => meetsNeed(factsOf(r.window, ctx), need) && has(r, 'need');
    take((r) => meets(r) && !isBroad(factsOf(r.window, ctx)));
    take(meets);
  }
  // Then the best of the rest, but not a third general DV line while other kinds wait.
  const dv = (r: Ranked) => isDvLine(factsOf(r.window, ctx));
  for (const r of relevant) {
    if (picks.length >= TOP || picks.includes(r)) continue;
    if (dv(r) && [...shown, ...picks].filter(dv).length >= DV_LINES) continue;
    picks.push(r);
  }
  for (const r of relevant) if (picks.length < TOP && !picks.includes(r)) picks.push(r);
  const top = relevant.filter((r) => picks.includes(r));
  const rest = relevant.filter((r) => !picks.includes(r));
  return [...broadBelowSpecific(top, ctx), ...broadBelowSpecific(rest, ctx)];
}
