// WARNING: part of the main bundle. Keep it tiny.
import type { ContentLang } from '../data/schema';

export interface LocaleInfo {
  code: string;
  /** The language's name in itself (never translated). */
  endonym: string;
  /** Value for <html lang>. */
  htmlLang: string;
  /**
   * Which language a help window must speak for this reader; null when no window in the catalogue
   * offers it (the questionnaire then asks instead of guessing).
   */
  content: ContentLang | null;
  dir: 'ltr' | 'rtl';
  /**
   * Where a catalogue text this locale lacks comes from: 'ja' shows the city's Japanese original
   * (never English mixed into another language); only the plan's long texts may be missing.
   */
  dataFallback: 'en' | 'ja';
}

declare const __PSEUDO_LOCALE__: boolean | undefined;
/** Test builds only (`vite build --mode pseudo`): folds to nothing in the shipped bundle. */
const PSEUDO: LocaleInfo[] =
  typeof __PSEUDO_LOCALE__ !== 'undefined' && __PSEUDO_LOCALE__
    ? [{ code: 'en-XA', endonym: '[Þšéûðö]', htmlLang: 'en', content: 'en', dir: 'ltr', dataFallback: 'en' }]
    : [];

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'ja', endonym: '日本語', htmlLang: 'ja', content: 'ja', dir: 'ltr', dataFallback: 'en' },
  {
    code: 'ja-x-easy',
    endonym: 'やさしい にほんご',
    htmlLang: 'ja',
    content: 'ja-easy',
    dir: 'ltr',
    dataFallback: 'ja',
  },
  { code: 'en', endonym: 'English', htmlLang: 'en', content: 'en', dir: 'ltr', dataFallback: 'en' },
  {
    code: 'zh-Hans',
    endonym: '简体中文',
    htmlLang: 'zh-Hans',
    content: 'zh',
    dir: 'ltr',
    dataFallback: 'en',
  },
  {
    code: 'zh-Hant',
    endonym: '繁體中文',
    htmlLang: 'zh-Hant',
    content: 'zh',
    dir: 'ltr',
    dataFallback: 'ja',
  },
  { code: 'ko', endonym: '한국어', htmlLang: 'ko', content: 'ko', dir: 'ltr', dataFallback: 'en' },
  { code: 'tl', endonym: 'Tagalog', htmlLang: 'tl', content: 'tl', dir: 'ltr', dataFallback: 'en' },
  {
    code: 'pt-BR',
    endonym: 'Português (Brasil)',
    htmlLang: 'pt-BR',
    content: 'pt',
    dir: 'ltr',
    dataFallback: 'en',
  },
  { code: 'es', endonym: 'Español', htmlLang: 'es', content: 'es', dir: 'ltr', dataFallback: 'en' },
  { code: 'vi', endonym: 'Tiếng Việt', htmlLang: 'vi', content: 'vi', dir: 'ltr', dataFallback: 'en' },
  { code: 'ne', endonym: 'नेपाली', htmlLang: 'ne', content: 'ne', dir: 'ltr', dataFallback: 'en' },
  { code: 'th', endonym: 'ไทย', htmlLang: 'th', content: 'th', dir: 'ltr', dataFallback: 'en' },
  { code: 'id', endonym: 'Bahasa Indonesia', htmlLang: 'id', content: 'id', dir: 'ltr', dataFallback: 'en' },
  { code: 'my', endonym: 'မြန်မာ', htmlLang: 'my', content: null, dir: 'ltr', dataFallback: 'ja' },
  { code: 'si', endonym: 'සිංහල', htmlLang: 'si', content: null, dir: 'ltr', dataFallback: 'ja' },
  { code: 'bn', endonym: 'বাংলা', htmlLang: 'bn', content: null, dir: 'ltr', dataFallback: 'ja' },
  { code: 'ur', endonym: 'اردو', htmlLang: 'ur', content: null, dir: 'rtl', dataFallback: 'ja' },
  ...PSEUDO,
];

export { DEFAULT_LOCALE } from '../engines/locale-choice';

export function localeInfo(code: string): LocaleInfo {
  return LOCALES.find((l) => l.code === code) ?? LOCALES[0];
}

// Pure choice logic lives with the engines (the service worker uses it too).
export { detectLocale, matchLocale, startPageLocale, startPagePath } from '../engines/locale-choice';

/** Attributes for <html> in a locale: one source for the live switch and prerendered pages. */
export function htmlAttrsFor(code: string): { lang: string; dir: 'ltr' | 'rtl' } {
  const info = localeInfo(code);
  return { lang: info.htmlLang, dir: info.dir };
}
