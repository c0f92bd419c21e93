// Trauma-informed copy over every locale: no blame, no promise of safety or secrecy, a calm tone
// on crisis screens, short やさしい日本語 sentences. The checks themselves are tested in
// scripts/locales/copy-rules.test.ts (each one fails on a bad sentence).
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/languages';
import { BLAME, DENIAL, PROMISE } from '../../scripts/locales/copy-lists';
import { CRISIS_NAMESPACES, blame, easyTooLong, promises, shouting } from '../../scripts/locales/copy-rules';
import { localeTexts } from '../../scripts/locales/source-texts';
import { missingReadings } from '../../scripts/locales/easy-japanese';

const codes = LOCALES.map((l) => l.code);
const nsOf = (key: string) => key.slice(0, key.indexOf(':'));

describe.each(codes)('copy in %s', (code) => {
  const texts = [...localeTexts('locales', code)];

  it('has its own lists of blaming phrases and of promises (with the words that deny them)', () => {
    expect(BLAME[code]?.length, 'blame list').toBeGreaterThan(2);
    expect(PROMISE[code]?.length, 'promise list').toBeGreaterThan(2);
    expect(DENIAL[code], 'denial words').toBeDefined();
  });

  it('never blames the reader', () => {
    const found = texts.flatMap(([k, v]) => blame(code, v).map((p) => `${k}: ${p}`));
    expect(found).toEqual([]);
  });

  it('never promises that something is certainly safe, secret or untraceable', () => {
    const found = texts.flatMap(([k, v]) => promises(code, v).map((s) => `${k}: ${s}`));
    expect(found).toEqual([]);
  });

  it('has no exclamation marks or capitals other than acronyms on crisis screens', () => {
    const found = texts
      .filter(([k]) => CRISIS_NAMESPACES.includes(nsOf(k)))
      .flatMap(([k, v]) => shouting(v).map((w) => `${k}: ${w}`));
    expect(found).toEqual([]);
  });

  it.runIf(code === 'ja-x-easy')('keeps やさしい日本語 sentences to 50 characters', () => {
    const found = texts
      .filter(([k]) => nsOf(k) !== 'plan')
      .flatMap(([k, v]) => easyTooLong(k, v).map((s) => `${k}: ${s}`));
    expect(found).toEqual([]);
  });

  it.runIf(code === 'ja-x-easy')('gives official names and menu words a kana reading at first use', () => {
    // Place names are shown beside their map pins and ward; the readings would crowd them.
    const found = texts
      .filter(([k]) => nsOf(k) !== 'plan' && !k.startsWith('windows:places.'))
      .flatMap(([k, v]) => missingReadings(v).map((term) => `${k}: ${term}`));
    expect(found).toEqual([]);
  });
});
