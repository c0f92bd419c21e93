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

export const DEFAULT_LOCALE = 'ja';

export function localeInfo(code: string): LocaleInfo {
  return LOCALES.find((l) => l.code === code) ?? LOCALES[0];
}

// Browser tags that name one of our locales under another spelling.
const ALIASES: Record<string, string> = { fil: 'tl', in: 'id', zh: 'zh-Hans', pt: 'pt-BR' };

/** Maps a browser or URL language tag to one of the offered locales, or null. */
export function matchLocale(tag: string, offered: readonly string[]): string | null {
  const lower = tag.trim().toLowerCase();
  if (!lower) return null;
  const exact = offered.find((c) => c.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0];
  const alias = ALIASES[primary];
  if (alias && offered.includes(alias)) return alias;
  return offered.find((c) => c.toLowerCase() === primary) ?? null;
}

/**
 * Detection order: ?lang= in the entry URL → a choice made in this visit → the browser's
 * languages → Japanese. Nothing is read from storage: the choice is not persisted.
 */
export function detectLocale(
  search: string,
  visitChoice: string | null,
  navigatorLanguages: readonly string[],
  offered: readonly string[],
): string {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl) {
    const hit = matchLocale(fromUrl, offered);
    if (hit) return hit;
  }
  if (visitChoice && offered.includes(visitChoice)) return visitChoice;
  for (const tag of navigatorLanguages) {
    const hit = matchLocale(tag, offered);
    if (hit) return hit;
  }
  return DEFAULT_LOCALE;
}
