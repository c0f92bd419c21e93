// WARNING: part of the main bundle. Keep it tiny.
import type { ContentLang } from '../data/schema';

export interface LocaleInfo {
  code: string;
  /** The language's name in itself (never translated). */
  endonym: string;
  /** Value for <html lang>. */
  htmlLang: string;
  /** Which language a help window must speak for this reader. */
  content: ContentLang;
}

declare const __PSEUDO_LOCALE__: boolean | undefined;
/** Test builds only (`vite build --mode pseudo`): folds to nothing in the shipped bundle. */
const PSEUDO: LocaleInfo[] =
  typeof __PSEUDO_LOCALE__ !== 'undefined' && __PSEUDO_LOCALE__
    ? [{ code: 'en-XA', endonym: '[Þšéûðö]', htmlLang: 'en', content: 'en' }]
    : [];

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'ja', endonym: '日本語', htmlLang: 'ja', content: 'ja' },
  { code: 'ja-x-easy', endonym: 'やさしい にほんご', htmlLang: 'ja', content: 'ja-easy' },
  { code: 'en', endonym: 'English', htmlLang: 'en', content: 'en' },
  { code: 'zh-Hans', endonym: '简体中文', htmlLang: 'zh-Hans', content: 'zh' },
  { code: 'ko', endonym: '한국어', htmlLang: 'ko', content: 'ko' },
  { code: 'tl', endonym: 'Tagalog', htmlLang: 'tl', content: 'tl' },
  { code: 'pt-BR', endonym: 'Português (Brasil)', htmlLang: 'pt-BR', content: 'pt' },
  { code: 'es', endonym: 'Español', htmlLang: 'es', content: 'es' },
  { code: 'vi', endonym: 'Tiếng Việt', htmlLang: 'vi', content: 'vi' },
  { code: 'ne', endonym: 'नेपाली', htmlLang: 'ne', content: 'ne' },
  { code: 'th', endonym: 'ไทย', htmlLang: 'th', content: 'th' },
  { code: 'id', endonym: 'Bahasa Indonesia', htmlLang: 'id', content: 'id' },
  ...PSEUDO,
];

export { DEFAULT_LOCALE } from '../engines/locale-choice';

export function localeInfo(code: string): LocaleInfo {
  return LOCALES.find((l) => l.code === code) ?? LOCALES[0];
}

// Pure choice logic lives with the engines (the service worker uses it too).
export {
  detectLocale,
  matchLocale,
  startPageLocale,
  startPagePath,
  textDirection,
} from '../engines/locale-choice';
