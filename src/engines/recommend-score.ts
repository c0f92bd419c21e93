// Soft scores: how well an eligible window fits a person at a moment, with the reasons why. The
// weights are relative: a chosen need or the reader's language outweighs being open right now;
// a window with no confirmed contact sinks below comparable ones you can call, but stays listed
// with its route.
import type { Window } from '../data/schema';
import type { EligibilityResult } from './eligibility';
import { openAt, type Moment, type OpenAt } from './recommend-open';
import { OPEN_RANK } from './open-rank';
import type { Person } from './recommend-person';
import { NEED_TAGS_OF } from './recommend-person';
import { factsOf, type WindowFacts } from './recommend-facts';
import type { Group, Ranked, Reason, RecommendContext } from './recommend-types';

const W = {
  need: 30,
  /** No need chosen: a line to talk to is the usual first step. */
  defaultTalk: 15,
  datingViolence: 60,
  childAbuse: 45,
  danger: 15,
  language: 40,
  group: 25,
  /** Men are often turned away by lines for women only, and one refusal can stop them asking again. */
  men: 40,
  /** Groups read from other answers rather than a need: a lighter nudge. */
  women: 10,
  parents: 10,
  /** Especially for other groups than the person's (e.g. a children's line for an adult). */
  otherGroups: -20,
  acceptsOthers: 20,
  allDay: 25,
  openNow: 20,
  usuallyOpen: 8,
  city: 6,
  prefecture: 3,
  noContact: -20,
  /** Matches no need, group or language the person gave: listed last, after every window that does. */
  unrelated: -100,
  anonymous: 3,
  freeCall: 2,
};

const GROUP_ORDER: Group[] = [
  'men',
  'youth',
  'children',
  'older',
  'disability',
  'foreign',
  'parents',
  'women',
];

// The shared order (open-rank.ts); ranking needs only whether a window is open at this moment.
const STATE_RANK = (s: OpenAt) =>
  s.open ? (s.confident ? OPEN_RANK.open : OPEN_RANK.usuallyOpen) : OPEN_RANK.closed;

/** The best state across the window's hours and its confirmed channels' own hours (as window-status.ts). */
export function bestState(facts: WindowFacts, m: Moment, ctx: RecommendContext): OpenAt {
  let best: OpenAt = { open: false };
  for (const schedule of facts.schedules) {
    const s = openAt(schedule, m, ctx.holidays);
    if (STATE_RANK(s) < STATE_RANK(best)) best = s;
    if (STATE_RANK(best) === 0) break;
  }
  return best;
}

function needScore(facts: WindowFacts, person: Person, reasons: Reason[]): number {
  let score = 0;
  if (person.implied.has('dating-violence') && facts.needs.has('dating-violence')) {
    score += W.datingViolence;
    reasons.push({ code: 'dating-violence' });
  }
  if (person.implied.has('child-abuse') && facts.needs.has('child-abuse')) {
    score += W.childAbuse;
    reasons.push({ code: 'child-abuse' });
  }
  if (person.implied.has('danger') && facts.needs.has('danger')) score += W.danger;
  for (const need of person.needs) {
    // Disability support has no need tag of its own: windows especially for disabled people give it.
    const met =
      need === 'disability'
        ? facts.groups.has('disability')
        : NEED_TAGS_OF[need].some((t) => facts.needs.has(t));
    if (!met) continue;
    score += W.need;
    reasons.push({ code: 'need', need });
  }
  const chosen =
    person.needs.length > 0 || person.implied.has('dating-violence') || person.implied.has('child-abuse');
  if (!chosen && facts.needs.has('talk')) score += W.defaultTalk;
  return score;
}

function groupScore(facts: WindowFacts, person: Person, reasons: Reason[]): number {
  if (facts.groups.size === 0) return 0;
  const matched = GROUP_ORDER.filter((g) => facts.groups.has(g) && person.groups.has(g));
  if (matched.length === 0) return W.otherGroups;
  for (const g of matched) reasons.push({ code: `for-${g}` });
  // The strongest match counts: a children's line for a teenager is one fit, not two.
  return Math.max(
    ...matched.map((g) =>
      g === 'men' ? W.men : g === 'women' ? W.women : g === 'parents' ? W.parents : W.group,
    ),
  );
}

function languageScore(facts: WindowFacts, person: Person, reasons: Reason[]): number {
  const slots = person.language ? facts.languages.get(person.language) : undefined;
  if (!person.language || !slots) return 0;
  for (const s of slots) {
    const lang = person.language;
    if (s.days && s.open && s.close) {
      reasons.push({
        code: 'language-day',
        lang,
        via: s.via,
        days: s.days,
        weeks: s.weeks,
        open: s.open,
        close: s.close,
      });
    } else reasons.push({ code: 'language', lang, via: s.via });
  }
  return W.language;
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
function needsNote(w: Window, fit: EligibilityResult): boolean {
  const e = w.eligibility;
  return (
    (e.gender !== 'any' && fit.gender === 'unknown') ||
    ((e.ageMin !== undefined || e.ageMax !== undefined) && fit.age === 'unknown') ||
    (e.children === 'required' && fit.children === 'unknown')
  );
}

export function scoreWindow(
  w: Window,
  person: Person,
  eligibility: EligibilityResult,
  m: Moment,
  ctx: RecommendContext,
): Ranked {
  const facts = factsOf(w, ctx);
  const reasons: Reason[] = [];
  if (w.kind === 'emergency') reasons.push({ code: 'danger' });
  const group = groupScore(facts, person, reasons);
  const need = needScore(facts, person, reasons);
  const reach = languageScore(facts, person, reasons) + callerScore(w, person, reasons);
  let score = group + need + reach + (group <= 0 && need === 0 && reach === 0 ? W.unrelated : 0);
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
  if (needsNote(w, eligibility)) reasons.push({ code: 'eligibility-note' });
  if (!facts.reachable) {
    score += W.noContact;
    for (const via of w.route ?? []) reasons.push({ code: 'reach-via', via });
  }
  return { window: w, score, reasons };
}
