// What the answers mean for routing: an eligibility profile, the groups a person belongs to, and
// the catalogue's need tags behind each answer.
import type { ContentLang, NeedTag } from '../data/schema';
import type { Caller, Profile } from './eligibility';
import type { AgeBand, Answers, Group, NeedAnswer } from './recommend-types';

export const NEED_TAGS_OF: Record<NeedAnswer, readonly NeedTag[]> = {
  talk: ['talk'],
  shelter: ['shelter'],
  legal: ['legal'],
  'money-housing-work': ['money', 'housing', 'work'],
  'health-mental': ['health', 'mental'],
  'school-childcare': ['school', 'children'],
  'address-protection': ['address-protection'],
  // Marks the person as disabled; no catalogue need tag of its own.
  disability: [],
  // Ways in rather than needs (./recommend-score.ts).
  'cant-talk-now': [],
  'cant-hear-speak': [],
};

/** Needs that are ways in, not topics: they never count towards "needs covered". */
export const WAY_IN_ANSWERS: readonly NeedAnswer[] = ['cant-talk-now', 'cant-hear-speak'];

const AGE_RANGE: Record<AgeBand, [number, number]> = {
  'under-13': [0, 12],
  '13-15': [13, 15],
  '16-17': [16, 17],
  '18': [18, 18],
  '19-24': [19, 24],
  '25-64': [25, 64],
  '65+': [65, 120],
};

export const isMinor = (age: Answers['age']) => age === 'under-13' || age === '13-15' || age === '16-17';
/** Under 25: the relationship question is asked, the children question is not. */
export const isYoung = (age: Answers['age']) => isMinor(age) || age === '18' || age === '19-24';

export interface Person {
  profile: Profile;
  groups: Set<Group>;
  /** Groups the answers clearly rule out (an adult is not a child; a man is not a woman). */
  notGroups: Set<Group>;
  /** Topics the person chose (ways in left out). Empty when they chose none. */
  needs: NeedAnswer[];
  /** Needs read from other answers (dating relationship, a child, danger). */
  implied: Set<NeedTag>;
  /** A language other than Japanese, or null. */
  language: ContentLang | null;
  danger: boolean;
  /** Asking for someone else (a friend, family member or a child). */
  forOther: 'someone' | 'child' | null;
  /** Violence from a partner: said so, or not said otherwise (the app is about partner violence). */
  partnerViolence: boolean;
  /** Cannot speak on the phone: now (someone is near) or at all (deaf or hard of hearing). */
  noSpeaking: boolean;
}

const answered = <T>(value: T | 'skip' | undefined): T | undefined => (value === 'skip' ? undefined : value);

/**
 * Who is calling, in which roles. A child asking about themself calls as a child and as themself;
 * an adult with children also as a parent. Under 25 the children question is not asked, and
 * "school or childcare" stands in for it.
 */
function callersOf(a: Answers, needs: NeedAnswer[]): Pick<Profile, 'callers' | 'maybeCallers'> {
  if (a.about === 'someone') return { callers: ['others'] };
  if (a.about === 'child') return { callers: ['parents', 'others'] };
  if (a.about !== 'me') return {};
  const age = answered(a.age);
  const callers: Caller[] = ['self'];
  const maybe: Caller[] = [];
  // Lines for children set their own age limits (under 18, 18 and under), checked against the age.
  if (isMinor(age) || age === '18') callers.push('children');
  else if (!age) maybe.push('children');
  const children = answered(a.children);
  if (children === 'yes') callers.push('parents');
  else if (children === undefined && (!isYoung(age) || needs.includes('school-childcare')))
    maybe.push('parents');
  return { callers, maybeCallers: maybe };
}

function profileOf(a: Answers, needs: NeedAnswer[]): Profile {
  const p: Profile = { ...callersOf(a, needs), ageIsCallers: a.about === 'me' };
  const gender = answered(a.gender);
  if (gender && a.about !== 'child') p.gender = gender;
  const age = answered(a.age);
  if (age) [p.ageMin, p.ageMax] = AGE_RANGE[age];
  const children = answered(a.children);
  if (children) p.hasChildren = children === 'yes';
  return p;
}

function groupsOf(a: Answers, needs: NeedAnswer[], language: ContentLang | null): Set<Group> {
  const groups = new Set<Group>();
  const age = answered(a.age);
  if (a.about === 'child' || isMinor(age)) groups.add('children');
  if (a.about !== 'child' && isYoung(age)) groups.add('youth');
  if (age === '65+') groups.add('older');
  if (a.about !== 'child' && a.gender === 'woman') groups.add('women');
  if (a.about !== 'child' && a.gender === 'man') groups.add('men');
  if (needs.includes('disability')) groups.add('disability');
  if (a.children === 'yes' || needs.includes('school-childcare')) groups.add('parents');
  if (language) groups.add('foreign');
  return groups;
}

/** Groups a window may be especially for that this person clearly is not. */
function notGroupsOf(a: Answers, groups: Set<Group>): Set<Group> {
  const not = new Set<Group>();
  const age = answered(a.age);
  const self = a.about !== 'child';
  if (self && age && !isMinor(age)) not.add('children');
  if (self && age && !isYoung(age)) not.add('youth');
  if (age && age !== '65+') not.add('older');
  if (a.gender === 'man' && self) not.add('women');
  if (a.gender === 'woman' && self) not.add('men');
  if (!groups.has('parents') && (a.children === 'no' || (a.about === 'me' && isMinor(age))))
    not.add('parents');
  if (a.language === 'ja') not.add('foreign');
  return not;
}

function impliedNeeds(a: Answers): Set<NeedTag> {
  const implied = new Set<NeedTag>();
  if (a.relationship === 'dating') implied.add('dating-violence');
  if (a.about === 'child' || (isMinor(a.age) && a.relationship === 'family')) implied.add('child-abuse');
  if (a.danger === 'yes' || a.danger === 'unsure') implied.add('danger');
  return implied;
}

export function personFrom(a: Answers): Person {
  const chosen = Array.isArray(a.needs) ? [...new Set(a.needs)] : [];
  const needs = chosen.filter((n) => !WAY_IN_ANSWERS.includes(n));
  const lang = answered(a.language);
  const language = lang && lang !== 'ja' ? lang : null;
  const groups = groupsOf(a, needs, language);
  const relationship = answered(a.relationship);
  return {
    profile: profileOf(a, needs),
    groups,
    notGroups: notGroupsOf(a, groups),
    needs,
    implied: impliedNeeds(a),
    language,
    danger: a.danger === 'yes' || a.danger === 'unsure',
    forOther: a.about === 'someone' || a.about === 'child' ? a.about : null,
    partnerViolence: relationship ? relationship !== 'family' : a.about !== 'child',
    noSpeaking: chosen.some((n) => WAY_IN_ANSWERS.includes(n)),
  };
}
