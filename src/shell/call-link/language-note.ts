// WARNING: part of the main bundle.
// The line under a call, chat, e-mail or visit button that says which languages it answers in,
// worded from the catalogue alone: "Phone: Japanese only" only where a source says "only".
import type { TFunction } from 'i18next';
import type { ContentLang } from '../../data/schema';
import type { ChannelLanguages } from '../../engines/channel-languages';
import { rulesFor } from '../../engines/channel-languages';
import { intlLocale, ruleText } from '../../lib/rule-text';

export type ChannelKind = 'tel' | 'chat' | 'sns' | 'email' | 'web' | 'visit' | 'apply';

export function languageNote(
  t: TFunction,
  kind: ChannelKind,
  info: ChannelLanguages,
  reader: ContentLang,
  lng: string,
): string | null {
  if (info.silent) return null;
  const k = t(`langNote.kind.${kind}`);
  const codes = info.codes;
  if (!codes) return t('langNote.unknown', { kind: k });
  if (info.japaneseOnly) return t('langNote.japaneseOnly', { kind: k });
  if (codes.length === 1 && codes[0] === 'ja') return t('langNote.japanese', { kind: k });
  const lang = t('langNote.readerLang');
  const others = codes.filter((c) => c !== 'ja');
  const japaneseReader = reader === 'ja' || reader === 'ja-easy';
  if (japaneseReader && !codes.includes(reader) && codes.includes('ja') && others.length > 0) {
    return t('langNote.japaneseAndMore', { kind: k, count: others.length });
  }
  if (!codes.includes(reader)) return t('langNote.notYours', { kind: k, count: others.length, lang });
  const rules = rulesFor(info, reader);
  if (rules.length > 0) {
    const when = rules.map((r) => ruleText(r, intlLocale(lng), t('langNote.holiday'))).join('; ');
    return t('langNote.yoursWhen', { kind: k, lang, when });
  }
  if (others.length <= 1) return t('langNote.yours', { kind: k, lang });
  return t('langNote.including', { kind: k, count: others.length, lang });
}
