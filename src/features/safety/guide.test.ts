import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { flattenKeys } from '../../../plugins/locale-status';
import { GUIDE, guideKeys } from './guide';

const words = (lng: string) => JSON.parse(readFileSync(`locales/${lng}/safety.json`, 'utf8')) as object;
const OUTSIDE_SECTIONS = ['title', 'intro', 'lines.title', 'lines.dvPlus'];

describe('safety guide', () => {
  it('has words for every block in Japanese and English, and no unused ones', () => {
    for (const lng of ['ja', 'en']) {
      const keys = flattenKeys(words(lng)).sort();
      expect(keys, lng).toEqual([...guideKeys(), ...OUTSIDE_SECTIONS].sort());
    }
  });

  it('covers the topics issue 6 asks for', () => {
    expect(GUIDE.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'history',
        'private',
        'calls',
        'line',
        'sync',
        'location',
        'stalkerware',
        'uninstall',
      ]),
    );
  });

  it('never promises safety or says the history is gone (a promise the app cannot keep would mislead a person at risk)', () => {
    const en = JSON.stringify(words('en'));
    const ja = JSON.stringify(words('ja'));
    expect(en).not.toMatch(/\b(safe|hidden|invisible|untraceable|history is (gone|erased|deleted))\b/i);
    expect(ja).not.toMatch(/安全です|安心です|見られません|気づかれません|履歴(は|が|も)(すべて)?消え/);
  });
});
