import i18next from 'i18next';

/**
 * Words that come from the catalogue: Japanese is the data itself (the source), other languages
 * come from locale files. A missing translation falls back to English, except for the Japanese
 * locales, which fall back to the Japanese original (never to English).
 */
export function dataText(ns: string, key: string, japanese: string): string {
  const lng = i18next.language;
  if (lng === 'ja') return japanese;
  const chain = lng === 'ja-x-easy' ? [lng] : [lng, 'en'];
  for (const l of chain) {
    const value: unknown = i18next.getResource(l, ns, key);
    if (typeof value === 'string' && value) return value;
  }
  return japanese;
}
