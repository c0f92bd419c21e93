// Every language is complete or not offered; translations keep their {{placeholders}}.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { canonicalKey, completeLocales, flattenKeys, missingKeys } from '../../plugins/locale-status';
import { LOCALES } from '../../src/lib/languages';

const DIR = 'locales';
const codes = LOCALES.map((l) => l.code);
// Locales whose folder exists (the newest languages arrive one by one).
const present = codes.filter((c) => readdirSync(DIR).includes(c));

function strings(code: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(`${DIR}/${code}`).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(`${DIR}/${code}/${file}`, 'utf8')) as unknown;
    const walk = (obj: unknown, prefix: string) => {
      if (typeof obj === 'string') out.set(`${file}:${prefix}`, obj);
      else if (obj && typeof obj === 'object')
        for (const [k, v] of Object.entries(obj)) walk(v, prefix ? `${prefix}.${k}` : k);
    };
    walk(data, '');
  }
  return out;
}

describe('locales', () => {
  it('has a folder for each of the 17 languages, and none for an unknown code', () => {
    const folders = readdirSync(DIR);
    for (const code of folders) expect(codes, code).toContain(code);
    const first = ['ja', 'ja-x-easy', 'en', 'zh-Hans', 'ko', 'tl', 'pt-BR', 'es', 'vi', 'ne', 'th', 'id'];
    expect(folders).toEqual(expect.arrayContaining([...first, 'zh-Hant', 'my', 'si', 'bn', 'ur']));
  });

  it('ships Japanese and English complete', () => {
    expect(missingKeys(DIR, 'ja')).toEqual([]);
    expect(completeLocales(DIR, codes)).toEqual(expect.arrayContaining(['ja', 'en']));
  });

  it('offers every language that has a folder (none drops out of the picker)', () => {
    expect(completeLocales(DIR, present)).toEqual(present);
  });

  it('has no key in any language that English lacks (stale or misspelt keys)', () => {
    const en = new Set([...strings('en').keys()].map(canonicalKey));
    for (const code of present) {
      const extra = [...strings(code).keys()].filter((k) => !en.has(canonicalKey(k)));
      expect(extra, code).toEqual([]);
    }
  });

  it("uses only the English string's {{placeholders}}, and always keeps {{count}}", () => {
    const en = strings('en');
    for (const code of present) {
      for (const [key, value] of strings(code)) {
        const english = en.get(key) ?? en.get(key.replace(/_(zero|one|two|few|many)$/, '_other'));
        const want: string[] = english?.match(/{{\w+}}/g) ?? [];
        const have: string[] = value.match(/{{\w+}}/g) ?? [];
        for (const p of have) expect(want, `${code} ${key} has unknown ${p}`).toContain(p);
        if (want.includes('{{count}}')) expect(have, `${code} ${key}`).toContain('{{count}}');
      }
    }
  });

  it('quotes the quick-exit button exactly where the practice and safety texts name it', () => {
    for (const code of codes) {
      const all = strings(code);
      const label = all.get('common.json:exit.label')!;
      for (const key of [
        'settings.json:practice.intro',
        'safety.json:history.stays',
        'safety.json:stalkerware.what',
      ])
        expect(all.get(key), `${code} ${key}`).toContain(label);
    }
  });

  it('has every plural form its language needs for the Shift countdown', () => {
    for (const { code, htmlLang } of LOCALES) {
      const all = strings(code);
      for (const form of new Intl.PluralRules(htmlLang).resolvedOptions().pluralCategories)
        expect(all.has(`common.json:exit.shift_${form}`), `${code} exit.shift_${form}`).toBe(true);
    }
  });

  it('flattens nested keys', () => {
    expect(flattenKeys({ a: { b: 'x', c: { d: 'y' } } })).toEqual(['a.b', 'a.c.d']);
  });
});
