import i18next from 'i18next';
import { localeInfo } from './languages';

/**
 * Words that come from the catalogue: Japanese is the data itself (the source), other languages
 * come from locale files. A missing translation falls back to English, except in locales that
 * fall back to the Japanese original (never English mixed into another language): やさしい日本語
 * and the newer locales, which keep the plan's long texts in Japanese.
 */
export function dataText(ns: string, key: string, japanese: string): string {
  const lng = i18next.language;
  if (lng === 'ja') return japanese;
  const chain = localeInfo(lng).dataFallback === 'ja' ? [lng] : [lng, 'en'];
  for (const l of chain) {
    const value: unknown = i18next.getResource(l, ns, key);
    if (typeof value === 'string' && value) return value;
  }
  return japanese;
}
