// Which languages a way of reaching a window answers in, as the catalogue states it. Pure, so the
// build-time extract for the start screen and every screen read it the same way.
import type { Channel, ContentLang, Rule, Window } from '../data/schema';

/** The channel note that records a source saying the phone answers in Japanese only. */
export const JAPANESE_ONLY_NOTE = 'phone-japanese-only';

export type { ChannelLanguages } from './languages-attr';
import type { ChannelLanguages } from './languages-attr';

function ruleLanguages(w: Window, c: Channel): Rule[] {
  const schedule = c.hours ?? w.hours;
  return schedule.kind === 'weekly' ? schedule.rules.filter((r) => r.languages?.length) : [];
}

export function channelLanguages(w: Window, c: Channel): ChannelLanguages {
  if (w.kind === 'emergency') return { codes: null, japaneseOnly: false, silent: true, byRule: [] };
  const byRule = ruleLanguages(w, c);
  const fromRules = [...new Set(byRule.flatMap((r) => r.languages ?? []))];
  const codes = c.languages?.length ? c.languages : fromRules.length ? fromRules : null;
  const japaneseOnly =
    (c.notes ?? []).includes(JAPANESE_ONLY_NOTE) && codes !== null && codes.every((l) => l === 'ja');
  return { codes, japaneseOnly, silent: false, byRule };
}

/** The rules in which a channel answers in the given language (empty when none name languages). */
export function rulesFor(info: ChannelLanguages, lang: ContentLang | null): Rule[] {
  return lang === null ? [] : info.byRule.filter((r) => r.languages?.includes(lang));
}

/** True when the channel answers in the language (by its own list or by one of its rules). */
export function answersIn(info: ChannelLanguages, lang: ContentLang | null): boolean {
  // null: the reader's language is one no window in the catalogue says it speaks.
  return lang !== null && !info.silent && (info.codes?.includes(lang) ?? false);
}

export { languagesAttr } from './languages-attr';
