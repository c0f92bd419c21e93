// Question titles and answer labels, shared by the question screens and the answers summary.
import i18next, { type TFunction } from 'i18next';
import type { ContentLang } from '../../data/schema';
import type { Answers } from '../../engines/recommend';
import { LOCALES } from '../../lib/languages';
import type { QuestionId } from './flow';

/** Some titles change with whom the questions are about ("How old are you / is the child?"). */
export function questionTitle(t: TFunction, id: QuestionId, a: Answers): string {
  const who = a.about === 'someone' ? 'someone' : a.about === 'child' ? 'child' : 'me';
  const variants = [`q.${id}.title.${who}`, `q.${id}.title.me`];
  const key = variants.find((k) => i18next.exists(k, { ns: 'questionnaire' })) ?? `q.${id}.title`;
  return t(key);
}

/** A language in its own script, for readers who do not read the UI language well. */
export function endonym(lang: ContentLang): { text: string; htmlLang: string } {
  const locale = LOCALES.find((l) => l.content === lang);
  return { text: locale?.endonym ?? lang, htmlLang: locale?.htmlLang ?? lang };
}

export function answerText(t: TFunction, id: QuestionId, a: Answers): string {
  const value = a[id];
  if (value === undefined) return t('results.notAnswered');
  if (value === 'skip') return t('preferNot');
  if (Array.isArray(value)) return value.map((v) => t(`q.needs.options.${v}`)).join(' / ');
  if (id === 'language') return t(`terms:lang.${value}`);
  return t(`q.${id}.options.${value}`);
}
