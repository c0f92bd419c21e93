import { describe, expect, it } from 'vitest';
import { detectLocale, htmlAttrsFor, matchLocale, LOCALES } from './languages';

const all = LOCALES.map((l) => l.code);

describe('language detection', () => {
  it('matches browser tags to offered locales', () => {
    expect(matchLocale('zh-CN', all)).toBe('zh-Hans');
    expect(matchLocale('pt-PT', all)).toBe('pt-BR');
    expect(matchLocale('fil-PH', all)).toBe('tl');
    expect(matchLocale('EN-us', all)).toBe('en');
    expect(matchLocale('ja-x-easy', all)).toBe('ja-x-easy');
    expect(matchLocale('de-DE', all)).toBeNull();
    expect(matchLocale('zh-TW', all)).toBe('zh-Hant');
    expect(matchLocale('zh-Hant-HK', all)).toBe('zh-Hant');
    expect(matchLocale('zh-TW', ['ja', 'zh-Hans'])).toBe('zh-Hans');
    expect(matchLocale('ur-PK', all)).toBe('ur');
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
    const { startPagePath, startPageLocale } = await import('./languages');
    expect(startPagePath('ja')).toBe('index.html');
    expect(startPagePath('pt-BR')).toBe('start/pt-BR.html');
    for (const l of LOCALES) expect(startPageLocale(startPagePath(l.code))).toBe(l.code);
    expect(startPageLocale('/')).toBe('ja');
    expect(startPageLocale('assets/main.js')).toBeNull();
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

describe('html attributes', () => {
  it('sets right to left for Urdu only', () => {
    expect(htmlAttrsFor('ur')).toEqual({ lang: 'ur', dir: 'rtl' });
    for (const l of LOCALES.filter((x) => x.code !== 'ur'))
      expect(htmlAttrsFor(l.code).dir, l.code).toBe('ltr');
  });

  it('uses the BCP 47 tag for <html lang>, Japanese for やさしい日本語 and unknown codes', () => {
    expect(htmlAttrsFor('zh-Hant')).toEqual({ lang: 'zh-Hant', dir: 'ltr' });
    expect(htmlAttrsFor('my')).toEqual({ lang: 'my', dir: 'ltr' });
    expect(htmlAttrsFor('ja-x-easy').lang).toBe('ja');
    expect(htmlAttrsFor('xx')).toEqual({ lang: 'ja', dir: 'ltr' });
  });

  it('claims no window language for Myanmar, Sinhala, Bengali or Urdu (no window offers them)', () => {
    const content = Object.fromEntries(LOCALES.map((l) => [l.code, l.content]));
    expect([content.my, content.si, content.bn, content.ur]).toEqual([null, null, null, null]);
    expect(content['zh-Hant']).toBe('zh');
  });
});
