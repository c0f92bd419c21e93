import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confirm, findDrift, type Sources } from './drift';
import { localeTexts } from './source-texts';

function fixture(ja: object, en: object, es: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'drift-'));
  for (const [code, data] of Object.entries({ ja, en, es })) {
    mkdirSync(join(dir, code));
    writeFileSync(join(dir, code, 'common.json'), JSON.stringify(data));
  }
  return dir;
}
const sourcesOf = (dir: string): Sources => ({ ja: localeTexts(dir, 'ja'), en: localeTexts(dir, 'en') });

describe('drift detection', () => {
  it('names the locale key whose Japanese source changed after it was recorded', () => {
    const dir = fixture({ a: 'こんにちは', b: 'はい' }, { a: 'Hello', b: 'Yes' }, { a: 'Hola', b: 'Sí' });
    confirm(dir, 'es', sourcesOf(dir));
    expect(findDrift(dir, 'es', sourcesOf(dir)).stale).toEqual([]);
    writeFileSync(join(dir, 'ja', 'common.json'), JSON.stringify({ a: 'こんにちは。', b: 'はい' }));
    expect(findDrift(dir, 'es', sourcesOf(dir)).stale).toEqual(['common:a']);
    confirm(dir, 'es', sourcesOf(dir), ['common:a']);
    expect(findDrift(dir, 'es', sourcesOf(dir)).stale).toEqual([]);
  });

  it('notices an English change for other locales, and a new plural form', () => {
    const dir = fixture({ n_other: '{{count}}件' }, { n_one: '{{count}} item', n_other: '{{count}} items' }, {
      n_one: '{{count}} cosa',
      n_other: '{{count}} cosas',
    });
    confirm(dir, 'es', sourcesOf(dir));
    writeFileSync(join(dir, 'en', 'common.json'), JSON.stringify({ n_one: '{{count}} thing', n_other: '{{count}} items' }));
    expect(findDrift(dir, 'es', sourcesOf(dir)).stale).toEqual(['common:n_one', 'common:n_other']);
  });

  it('reports a key that was never recorded, and records of removed keys', () => {
    const dir = fixture({ a: 'あ' }, { a: 'A' }, { a: 'A' });
    confirm(dir, 'es', sourcesOf(dir));
    writeFileSync(join(dir, 'es', 'common.json'), JSON.stringify({ c: 'C' }));
    expect(findDrift(dir, 'es', sourcesOf(dir))).toEqual({ stale: ['common:c'], orphaned: ['common:a'] });
  });
});
