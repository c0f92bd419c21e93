// "Browse all windows" from the results: the finder opens with the answers as filters, each one
// a chip the person can turn off to see more.
import type { NeedTag } from '../data/schema';
import { EMPTY_QUERY, type FinderQuery, type WhoTag } from './finder';
import { NEED_TAGS_OF, personFrom } from './recommend-person';
import type { Answers } from './recommend-types';

export function finderQueryFrom(a: Answers): FinderQuery {
  const person = personFrom(a);
  const needs = new Set<NeedTag>(person.needs.flatMap((n) => NEED_TAGS_OF[n]));
  if (person.partnerViolence) needs.add('partner-violence');
  for (const tag of ['dating-violence', 'child-abuse'] as const) if (person.implied.has(tag)) needs.add(tag);
  if (person.needs.length === 0) needs.add('talk');
  const who: WhoTag[] = [];
  if (a.about !== 'child' && a.gender === 'woman') who.push('woman');
  if (a.about !== 'child' && a.gender === 'man') who.push('man');
  if (a.about !== 'child' && (a.age === '13-15' || a.age === '16-17')) who.push('teen');
  if (a.age === '65+') who.push('older');
  if (a.children === 'yes') who.push('parent');
  if (person.groups.has('disability')) who.push('disability');
  if (person.language) who.push('foreign');
  return {
    ...EMPTY_QUERY,
    needs: [...needs],
    who,
    language: person.language,
    withoutSpeaking: person.noSpeaking,
  };
}
