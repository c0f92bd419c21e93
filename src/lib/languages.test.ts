import { describe, expect, it } from 'vitest';
import { detectLocale, matchLocale, LOCALES } from './languages';

const all = LOCALES.map((l) => l.code);

describe('language detection', () => {
  it('matches browser tags to offered locales', () => {
    expect(matchLocale('zh-CN', all)).toBe('zh-Hans');
    expect(matchLocale('pt-PT', all)).toBe('pt-BR');
    expect(matchLocale('fil-PH', all)).toBe('tl');
    expect(matchLocale('EN-us', all)).toBe('en');
    expect(matchLocale('ja-x-easy', all)).toBe('ja-x-easy');
    expect(matchLocale('de-DE', all)).toBeNull();
  });

  it('follows ?lang → visit choice → browser → ja', () => {
    expect(detectLocale('?lang=tl', 'en', ['ko'], all)).toBe('tl');
    expect(detectLocale('?lang=xx', 'en', ['ko'], all)).toBe('en');
    expect(detectLocale('', null, ['de-DE', 'ko-KR'], all)).toBe('ko');
    expect(detectLocale('', null, ['de-DE'], all)).toBe('ja');
    // A locale that is not offered (not complete yet) is never chosen.
    expect(detectLocale('?lang=vi', null, ['vi'], ['ja', 'en'])).toBe('ja');
  });
});
