// How well a window's topics, groups, languages and ways in fit a person, with the reasons why.
// Every reason here is tied to an answer; ./recommend-score.ts adds the moment's.
import { openAt, type Moment } from './recommend-open';
import type { Person } from './recommend-person';
import { NEED_TAGS_OF } from './recommend-person';
import type { WindowFacts } from './recommend-facts';
import type { ChannelKind, Group, NeedAnswer, Reason, RecommendContext } from './recommend-types';

export const FIT = {
  need: 30,
  /** No need chosen: a line to talk to is the usual first step. */
  firstStep: 15,
  /** A broad human-rights line meets a need less specifically than a window made for it. */
  broadNeed: 10,
  datingViolence: 60,
  childAbuse: 45,
  /** A general line for partner violence: what most people here came for. */
  dvLine: 35,
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
  /** Reachable without speaking, for someone who cannot speak on the phone: this decides. */
  written: 80,
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

/** Whether a window meets a chosen need (disability support: windows especially for disabled people). */
export function meetsNeed(facts: WindowFacts, need: NeedAnswer): boolean {
  return need === 'disability'
    ? facts.groups.has('disability')
    : NEED_TAGS_OF[need].some((t) => facts.needs.has(t));
}

export const isBroad = (facts: WindowFacts) => facts.needs.has('human-rights');
export const isDvLine = (facts: WindowFacts) => facts.needs.has('partner-violence');

export function needScore(facts: WindowFacts, person: Person, reasons: Reason[]): number {
  let score = 0;
  if (person.implied.has('dating-violence') && facts.needs.has('dating-violence')) {
    score += FIT.datingViolence;
    reasons.push({ code: 'dating-violence' });
  }
  if (person.partnerViolence && isDvLine(facts)) {
    score += FIT.dvLine;
    reasons.push({ code: 'dv-line' });
  }
  if (person.implied.has('child-abuse') && facts.needs.has('child-abuse')) {
    score += FIT.childAbuse;
    reasons.push({ code: 'child-abuse' });
  }
  if (person.implied.has('danger') && facts.needs.has('danger')) score += FIT.danger;
  for (const need of person.needs) {
    if (!meetsNeed(facts, need)) continue;
    score += isBroad(facts) ? FIT.broadNeed : FIT.need;
    reasons.push({ code: 'need', need });
  }
  if (person.needs.length === 0 && facts.needs.has('talk')) {
    score += FIT.firstStep;
    reasons.push({ code: 'first-step' });
  }
  return score;
}

/** The window's groups: matched ones give reasons; made for other groups ranks it down. */
export function groupScore(facts: WindowFacts, person: Person, reasons: Reason[]): number {
  if (facts.groups.size === 0) return 0;
  const matched = GROUP_ORDER.filter((g) => facts.groups.has(g) && person.groups.has(g));
  if (matched.length === 0) return FIT.otherGroups;
  for (const g of matched) reasons.push({ code: `for-${g}` });
  // The strongest match counts: a children's line for a teenager is one fit, not two.
  return Math.max(
    ...matched.map((g) =>
      g === 'men' ? FIT.men : g === 'women' ? FIT.women : g === 'parents' ? FIT.parents : FIT.group,
    ),
  );
}

/** Especially for groups that all exclude this person (a school line for someone over 65). */
export function forOthers(facts: WindowFacts, person: Person): boolean {
  if (facts.groups.size === 0) return false;
  for (const g of facts.groups) if (!person.notGroups.has(g)) return false;
  return true;
}

export function languageScore(facts: WindowFacts, person: Person, reasons: Reason[]): number {
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
  return FIT.language;
}

/** For someone who cannot speak on the phone: the written ways in, and which are open now. */
export function writtenScore(
  facts: WindowFacts,
  person: Person,
  m: Moment,
  ctx: RecommendContext,
  reasons: Reason[],
): number {
  if (!person.noSpeaking) return 0;
  if (facts.written.length === 0) {
    if (facts.reachable) reasons.push({ code: 'phone-only' });
    return 0;
  }
  const via: ChannelKind[] = [];
  const openNow: ChannelKind[] = [];
  for (const { kind, schedule } of facts.written) {
    if (!via.includes(kind)) via.push(kind);
    if (openAt(schedule, m, ctx.holidays).open && !openNow.includes(kind)) openNow.push(kind);
  }
  reasons.push({ code: 'no-speaking', via, openNow });
  return FIT.written;
}
