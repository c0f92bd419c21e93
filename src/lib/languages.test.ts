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

describe('start pages', () => {
  it('names one page per locale and reads the locale back from it', async () => {
    const { startPagePath, startPageLocale, textDirection } = await import('./languages');
    expect(startPagePath('ja')).toBe('index.html');
    expect(startPagePath('pt-BR')).toBe('start/pt-BR.html');
    for (const l of LOCALES) expect(startPageLocale(startPagePath(l.code))).toBe(l.code);
    expect(startPageLocale('/')).toBe('ja');
    expect(startPageLocale('assets/main.js')).toBeNull();
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('ar-EG')).toBe('rtl');
  });

  it('the worker offers the locales whose start pages it precaches, remembered choice after ?lang=', async () => {
    const { offeredLocales } = await import('../sw/start-page');
    const offered = offeredLocales(['index.html', { url: 'start/en.html' }, 'start/ko.html', 'assets/x.js']);
    expect(offered).toEqual(['ja', 'en', 'ko']);
    expect(detectLocale('?lang=ko', 'en', ['ja'], offered)).toBe('ko');
    expect(detectLocale('', 'en', ['ko'], offered)).toBe('en');
    expect(detectLocale('', undefined, ['ko-KR'], offered)).toBe('ko');
  });
});
