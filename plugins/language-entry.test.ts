import { describe, expect, it } from 'vitest';
import { languageEntryPage, redirectsFile } from './language-entry';

const offered = ['ja', 'en', 'ja-x-easy', 'pt-BR', 'zh-Hans'];

describe('language entry pages for a first visit', () => {
  it('answers /?lang=<code> with that language’s start page, however the code is spelt', () => {
    expect(languageEntryPage('/?lang=en', offered)).toBe('/start/en.html');
    expect(languageEntryPage('/index.html?lang=ja-x-easy', offered)).toBe('/start/ja-x-easy.html');
    expect(languageEntryPage('/?lang=pt', offered)).toBe('/start/pt-BR.html');
    expect(languageEntryPage('/?app=calc&lang=zh-hans', offered)).toBe('/start/zh-Hans.html');
  });

  it('leaves Japanese, unknown codes, other paths and files alone', () => {
    expect(languageEntryPage('/?lang=ja', offered)).toBeNull();
    expect(languageEntryPage('/?lang=xx', offered)).toBeNull();
    expect(languageEntryPage('/', offered)).toBeNull();
    expect(languageEntryPage('/assets/main.js?lang=en', offered)).toBeNull();
    expect(languageEntryPage('/start/ko.html?lang=en', offered)).toBeNull();
  });

  it('writes one host rewrite per language for / and /index.html, none for Japanese', () => {
    const lines = redirectsFile(offered)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toContain('/  lang=en  /start/en.html  200');
    expect(lines).toContain('/index.html  lang=pt-BR  /start/pt-BR.html  200');
    expect(lines.some((l) => l.includes('lang=ja '))).toBe(false);
    expect(lines).toHaveLength(8);
  });
});
