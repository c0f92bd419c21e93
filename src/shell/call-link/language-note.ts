// WARNING: part of the main bundle.
// The line under a call, chat, e-mail or visit button that says which languages it answers in,
// worded from the catalogue alone: "Phone: Japanese only" only where a source says "only".
import type { TFunction } from 'i18next';
import type { ContentLang, Rule } from '../../data/schema';
import type { ChannelLanguages } from '../../engines/channel-languages';
import { rulesFor } from '../../engines/channel-languages';

export type ChannelKind = 'tel' | 'chat' | 'sns' | 'email' | 'web' | 'visit' | 'apply';

export function languageNote(
  t: TFunction,
  kind: ChannelKind,
  info: ChannelLanguages,
  reader: ContentLang | null,
  /** Words for the days and times a language is answered (kept off the first paint's code). */
  when?: (rules: Rule[]) => string,
): string | null {
  if (info.silent) return null;
  const k = t(`note.kind.${kind}`);
  const codes = info.codes;
  if (!codes) return t('note.unknown', { kind: k });
  if (info.japaneseOnly) return t('note.japaneseOnly', { kind: k });
  if (codes.length === 1 && codes[0] === 'ja') return t('note.japanese', { kind: k });
  const lang = t('note.readerLang');
  const others = codes.filter((c) => c !== 'ja');
  const japaneseReader = reader === 'ja' || reader === 'ja-easy';
  if (japaneseReader && !codes.includes(reader) && codes.includes('ja') && others.length > 0) {
    return t('note.japaneseAndMore', { kind: k, n: others.length });
  }
  if (reader === null || !codes.includes(reader))
    return t('note.notYours', { kind: k, n: others.length, lang });
  const rules = rulesFor(info, reader);
  if (rules.length > 0 && when) return t('note.yoursWhen', { kind: k, lang, when: when(rules) });
  if (others.length <= 1) return t('note.yours', { kind: k, lang });
  return t('note.including', { kind: k, n: others.length, lang });
}
