// What the answers mean for routing: an eligibility profile, the groups a person belongs to, and
// the catalogue's need tags behind each answer.
import type { ContentLang, NeedTag } from '../data/schema';
import type { Profile } from './eligibility';
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
};

const AGE_RANGE: Record<AgeBand, [number, number]> = {
  'under-13': [0, 12],
  '13-17': [13, 17],
  '18-24': [18, 24],
  '25-64': [25, 64],
  '65+': [65, 120],
};

export interface Person {
  profile: Profile;
  groups: Set<Group>;
  /** Needs the person chose. Empty when they chose none. */
  needs: NeedAnswer[];
  /** Needs read from other answers (dating relationship, a child, danger). */
  implied: Set<NeedTag>;
  /** A language other than Japanese, or null. */
  language: ContentLang | null;
  danger: boolean;
  /** Asking for someone else (a friend, family member or a child). */
  forOther: 'someone' | 'child' | null;
}

const answered = <T>(value: T | 'skip' | undefined): T | undefined => (value === 'skip' ? undefined : value);

function profileOf(a: Answers): Profile {
  const p: Profile = {};
  const gender = answered(a.gender);
  if (gender && a.about !== 'child') p.gender = gender;
  const age = answered(a.age);
  if (age) [p.ageMin, p.ageMax] = AGE_RANGE[age];
  const children = answered(a.children);
  if (children) p.hasChildren = children === 'yes';
  const minor = age === 'under-13' || age === '13-17';
  if (a.about === 'someone') p.caller = 'others';
  // A child asking about themself reaches lines for children; an adult, lines for adults. With no
  // age, who calls stays open, so no line is excluded for it.
  else if (a.about === 'me' && age) p.caller = minor ? 'children' : 'self';
  return p;
}

function groupsOf(a: Answers, needs: NeedAnswer[], language: ContentLang | null): Set<Group> {
  const groups = new Set<Group>();
  const age = answered(a.age);
  if (a.about === 'child' || age === 'under-13' || age === '13-17') groups.add('children');
  if (a.about !== 'child' && (age === 'under-13' || age === '13-17' || age === '18-24')) groups.add('youth');
  if (age === '65+') groups.add('older');
  if (a.about !== 'child' && a.gender === 'woman') groups.add('women');
  if (a.about !== 'child' && a.gender === 'man') groups.add('men');
  if (needs.includes('disability')) groups.add('disability');
  if (a.children === 'yes' || needs.includes('school-childcare')) groups.add('parents');
  if (language) groups.add('foreign');
  return groups;
}

function impliedNeeds(a: Answers): Set<NeedTag> {
  const implied = new Set<NeedTag>();
  const minor = a.age === 'under-13' || a.age === '13-17';
  if (a.relationship === 'dating') implied.add('dating-violence');
  if (a.about === 'child' || (minor && a.relationship === 'family')) implied.add('child-abuse');
  if (a.danger === 'yes' || a.danger === 'unsure') implied.add('danger');
  return implied;
}

export function personFrom(a: Answers): Person {
  const needs = Array.isArray(a.needs) ? [...new Set(a.needs)] : [];
  const lang = answered(a.language);
  const language = lang && lang !== 'ja' ? lang : null;
  return {
    profile: profileOf(a),
    groups: groupsOf(a, needs, language),
    needs,
    implied: impliedNeeds(a),
    language,
    danger: a.danger === 'yes' || a.danger === 'unsure',
    forOther: a.about === 'someone' || a.about === 'child' ? a.about : null,
  };
}
