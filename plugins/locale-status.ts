// Which locales are complete enough to offer. Shared by the build plugin and the locale test.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { localeInfo } from '../src/lib/languages.ts';

/** Subtrees that Japanese takes from src/data (the catalogue is written in Japanese). */
export const JA_FROM_DATA = [
  'windows:w.',
  'windows:places.',
  'plan:p.',
  'plan:departments.',
  'plan:renamed.',
  'plan:groups.',
];
/**
 * やさしい日本語 shows the plan's programme texts in the city's original Japanese (the plan browser
 * is for checking the app against the plan); every other word is in easy Japanese.
 */
export const EASY_FROM_DATA = ['plan:p.', 'plan:departments.', 'plan:renamed.', 'plan:groups.'];

/**
 * Locales that fall back to Japanese for catalogue texts (src/lib/languages.ts dataFallback) may
 * keep the plan's long programme texts in the city's original; titles are translated.
 */
export const PLAN_LONG_TEXTS = /^plan:p\.[^.]+\.(purpose|fy2020)$/;

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Plural forms differ by language (i18next suffixes): compare them as one key. */
export const canonicalKey = (key: string): string => key.replace(PLURAL, '_#plural');

export function flattenKeys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    flattenKeys(v, prefix ? `${prefix}.${k}` : k),
  );
}

export function readLocaleKeys(localesDir: string, code: string): Set<string> {
  const dir = join(localesDir, code);
  const keys = new Set<string>();
  if (!existsSync(dir)) return keys;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      throw new Error(`locales/${code}/${file}: not valid JSON (${(err as Error).message})`, { cause: err });
    }
    for (const k of flattenKeys(parsed)) keys.add(`${ns}:${k}`);
  }
  return keys;
}

/** Keys a locale lacks compared with English (the reference set). */
export function missingKeys(localesDir: string, code: string): string[] {
  const reference = new Set([...readLocaleKeys(localesDir, 'en')].map(canonicalKey));
  const have = new Set([...readLocaleKeys(localesDir, code)].map(canonicalKey));
  const exempt = code === 'ja' ? JA_FROM_DATA : code === 'ja-x-easy' ? EASY_FROM_DATA : [];
  const planInJapanese = code !== 'ja' && localeInfo(code).dataFallback === 'ja';
  return [...reference].filter(
    (k) =>
      !have.has(k) && !exempt.some((p) => k.startsWith(p)) && !(planInJapanese && PLAN_LONG_TEXTS.test(k)),
  );
}

export function completeLocales(localesDir: string, codes: readonly string[]): string[] {
  return codes.filter(
    (c) => existsSync(join(localesDir, c, 'common.json')) && missingKeys(localesDir, c).length === 0,
  );
}

/** The locales offered in the picker and prerendered: those complete enough, in LOCALES order. */
export function listedLocales(root: string, codes: readonly string[]): string[] {
  return completeLocales(`${root}locales`, codes);
}
