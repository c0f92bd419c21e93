// Every translation still matches the source it was translated from (or was re-confirmed since).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { LOCALES } from '../../src/lib/languages';
import { SOURCE_LOCALE, findDrift, readSources } from '../../scripts/locales/drift';
import { REVIEW_STATUS, reviewLine } from '../../scripts/locales/review-status';

const translated = LOCALES.map((l) => l.code).filter((c) => c !== SOURCE_LOCALE);
const sources = readSources();

describe('translation drift', () => {
  it.each(translated)('%s: every string matches the ja/en source it was translated from', (code) => {
    const { stale, orphaned } = findDrift('locales', code, sources);
    expect(
      stale.map((k) => `${code} ${k}`),
      `source changed: update the translation, then \`npm run locales:confirm -- ${code} <ns:key>\``,
    ).toEqual([]);
    expect(
      orphaned.map((k) => `${code} ${k}`),
      `recorded keys the locale no longer has`,
    ).toEqual([]);
  });

  it('keeps the records out of the shipped namespaces (only locales/<lng>/*.json is copied)', () => {
    for (const code of translated) expect(readdirSync(`locales/${code}`)).toContain('translated-from');
    const plugin = readFileSync('plugins/locale-files.ts', 'utf8');
    expect(plugin).toMatch(/filter\(\(f\) => f\.endsWith\('\.json'\)\)/);
  });
});

describe('native-speaker review', () => {
  it('has a status for every translated locale, shown in TRANSLATIONS.md', () => {
    expect(Object.keys(REVIEW_STATUS).sort()).toEqual([...translated].sort());
    const doc = readFileSync('TRANSLATIONS.md', 'utf8');
    for (const code of translated) expect(doc, code).toContain(reviewLine(code));
  });
});
