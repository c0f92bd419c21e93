// "Which window fits me?": answers + catalogue + moment → ranked windows with reasons. Pure: the
// holiday calendar and the hours lookup are passed in. Hard rules come from checkEligibility (a
// clear "no" excludes); everything else is a soft score (./recommend-score.ts).
import type { Window } from '../data/schema';
import { checkEligibility } from './eligibility';
import { momentOf, openAt, type Moment } from './recommend-open';
import { factsOf } from './recommend-facts';
import { personFrom } from './recommend-person';
import { scoreWindow } from './recommend-score';
import type { Answers, Ranked, Recommendation, RecommendContext } from './recommend-types';

export type * from './recommend-types';
export { AGE_BANDS, NEED_ANSWERS } from './recommend-types';

/** How many 24-hour lines follow 110 in the urgent block: enough to choose, few enough to see at once. */
const URGENT_LINES = 2;

const byScore = (a: Ranked, b: Ranked) => b.score - a.score;

/** Open now by phone, confidently (high-confidence hours, stated recently). */
function phoneOpen(
  r: Ranked,
  m: Moment,
  ctx: RecommendContext,
  anyPhone = false,
): { open: boolean; allDay: boolean } {
  const facts = factsOf(r.window, ctx);
  for (const schedule of anyPhone ? facts.anyPhoneSchedules : facts.phoneSchedules) {
    const s = openAt(schedule, m, ctx.holidays);
    if (s.open && s.confident) return { open: true, allDay: s.allDay };
  }
  return { open: false, allDay: false };
}

/**
 * The first confidently open phone line, preferring one that works from any phone (a regular or
 * 0120 number, not only a #-number), then one open all day; 110 only if nothing else is.
 * Never throws for stale data: any line with a number beats a crash on a crisis screen (the property
 * test keeps the confident case true for the real data).
 */
function pickFallback(eligible: Ranked[], m: Moment, ctx: RecommendContext): Ranked {
  const lines = eligible.filter((r) => r.window.kind !== 'emergency');
  const pools: [Ranked[], boolean][] = [
    [lines, true],
    [lines, false],
    [eligible, false],
  ];
  for (const [pool, anyPhone] of pools) {
    let firstOpen: Ranked | undefined;
    for (const r of pool) {
      const s = phoneOpen(r, m, ctx, anyPhone);
      if (s.allDay) return r;
      if (s.open) firstOpen ??= r;
    }
    if (firstOpen) return firstOpen;
  }
  const last = eligible.find((r) => factsOf(r.window, ctx).phoneSchedules.length > 0) ?? eligible[0];
  if (!last) throw new Error('recommend: the catalogue is empty');
  return last;
}

export function recommend(
  answers: Answers,
  windows: readonly Window[],
  now: Date,
  ctx: RecommendContext,
): Recommendation {
  const person = personFrom(answers);
  const moment = momentOf(now);
  const eligible: Ranked[] = [];
  for (const w of windows) {
    const fit = checkEligibility(w.eligibility, person.profile);
    if (fit.eligible) eligible.push(scoreWindow(w, person, fit, moment, ctx));
  }
  eligible.sort(byScore); // stable: equal scores keep the catalogue's order

  const urgent: Ranked[] = [];
  if (person.danger) {
    urgent.push(...eligible.filter((r) => r.window.kind === 'emergency'));
    const lines = eligible.filter((r) => r.window.kind !== 'emergency' && r.score > 0);
    urgent.push(...lines.filter((r) => phoneOpen(r, moment, ctx).allDay).slice(0, URGENT_LINES));
  }
  const shown = new Set(urgent.map((r) => r.window.id));
  const ranked = eligible.filter((r) => !shown.has(r.window.id) && r.window.kind !== 'emergency');
  return { urgent, ranked, fallback: pickFallback(eligible, moment, ctx) };
}
