// Soft scores: how well an eligible window fits a person at a moment, with the reasons why. The
// weights are relative: a chosen need or the reader's language outweighs being open right now;
// a window with no confirmed contact sinks below comparable ones you can call, but stays listed
// with its route. A window is relevant only with a reason tied to an answer.
import type { Window } from '../data/schema';
import type { EligibilityResult } from './eligibility';
import { openAt, type Moment, type OpenAt } from './recommend-open';
import { OPEN_RANK } from './open-rank';
import type { Person } from './recommend-person';
import { factsOf, type WindowFacts } from './recommend-facts';
import { forOthers, groupScore, languageScore, needScore, writtenScore } from './recommend-fit';
import type { Ranked, Reason, RecommendContext } from './recommend-types';

const W = {
  acceptsOthers: 20,
  allDay: 25,
  openNow: 20,
  usuallyOpen: 8,
  city: 6,
  prefecture: 3,
  noContact: -20,
  anonymous: 3,
  freeCall: 2,
  /** The answers cannot settle who the window is for (age, gender, children): it says so, lower. */
  unsettled: -15,
};

/** Reasons tied to an answer: one of them puts a window in the results. */
export const ANSWER_REASONS = new Set<Reason['code']>([
  'danger',
  'dating-violence',
  'dv-line',
  'child-abuse',
  'need',
  'first-step',
  'language',
  'language-day',
  'accepts-others',
  'no-speaking',
  'for-men',
  'for-women',
  'for-youth',
  'for-children',
  'for-older',
  'for-disability',
  'for-foreign',
  'for-parents',
]);
/** For a window made for other groups, only these show it fits anyway (a dating-violence line for a 20-year-old). */
const STRONG_REASONS = new Set<Reason['code']>([
  'dating-violence',
  'child-abuse',
  'language',
  'language-day',
]);

// The shared order (open-rank.ts); ranking needs only whether a window is open at this moment.
const STATE_RANK = (s: OpenAt) =>
  s.open ? (s.confident ? OPEN_RANK.open : OPEN_RANK.usuallyOpen) : OPEN_RANK.closed;

function bestOf(schedules: WindowFacts['schedules'], m: Moment, ctx: RecommendContext): OpenAt {
  let best: OpenAt = { open: false };
  for (const schedule of schedules) {
    const s = openAt(schedule, m, ctx.holidays);
    if (STATE_RANK(s) < STATE_RANK(best)) best = s;
    if (STATE_RANK(best) === 0) break;
  }
  return best;
}

/** The best state across the window's hours and its confirmed channels' own hours (as window-status.ts). */
export function bestState(facts: WindowFacts, m: Moment, ctx: RecommendContext): OpenAt {
  return bestOf(facts.schedules, m, ctx);
}

function statusScore(state: OpenAt, person: Person, reasons: Reason[]): number {
  if (!state.open) return 0;
  // Open, but only in other languages at this hour (e.g. Korean on Tuesday mornings).
  if (state.languages && !state.languages.includes(person.language ?? 'ja')) return 0;
  if (!state.confident) {
    reasons.push({ code: 'usually-open' });
    return W.usuallyOpen;
  }
  reasons.push({ code: state.allDay ? 'hours-24' : 'open-now' });
  return state.allDay ? W.allDay : W.openNow;
}

function callerScore(w: Window, person: Person, reasons: Reason[]): number {
  const callers = w.eligibility.callers ?? [];
  const ok =
    person.forOther === 'child' ? ['others', 'parents'] : person.forOther === 'someone' ? ['others'] : [];
  if (!ok.some((c) => callers.includes(c as (typeof callers)[number]))) return 0;
  reasons.push({ code: 'accepts-others' });
  return W.acceptsOthers;
}

/** True when the note says something the answers could not settle (e.g. a women-only line, no gender given). */
function needsNote(fit: EligibilityResult): boolean {
  return fit.gender === 'unknown' || fit.age === 'unknown' || fit.children === 'unknown';
}

function isRelevant(reasons: Reason[], facts: WindowFacts, person: Person): boolean {
  const wanted = forOthers(facts, person) ? STRONG_REASONS : ANSWER_REASONS;
  return reasons.some((r) => wanted.has(r.code));
}

export function scoreWindow(
  w: Window,
  person: Person,
  eligibility: EligibilityResult,
  m: Moment,
  ctx: RecommendContext,
): { ranked: Ranked; relevant: boolean } {
  const facts = factsOf(w, ctx);
  const reasons: Reason[] = [];
  if (w.kind === 'emergency') reasons.push({ code: 'danger' });
  let score = groupScore(facts, person, reasons) + needScore(facts, person, reasons);
  score += languageScore(facts, person, reasons) + callerScore(w, person, reasons);
  score += writtenScore(facts, person, m, ctx, reasons);
  const relevant = isRelevant(reasons, facts, person);
  // Open hours only help when there is a way to reach the window.
  if (facts.reachable) score += statusScore(bestState(facts, m, ctx), person, reasons);
  score += w.level === 'city' ? W.city : w.level === 'prefecture' ? W.prefecture : 0;
  if (w.anonymous === 'yes') {
    score += W.anonymous;
    reasons.push({ code: 'anonymous' });
  }
  if (facts.freeCall) {
    score += W.freeCall;
    reasons.push({ code: 'free-call' });
  }
  // Unknown eligibility ranks down and says so.
  if (needsNote(eligibility)) {
    score += W.unsettled;
    reasons.push({ code: 'eligibility-note' });
  }
  if (!facts.reachable) {
    score += W.noContact;
    for (const via of w.route ?? []) reasons.push({ code: 'reach-via', via });
  }
  return { ranked: { window: w, score, reasons }, relevant };
}
