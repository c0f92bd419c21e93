// One prerendered start page per listed locale (dist/index.html is Japanese, dist/start/<lng>.html
// the others; the service worker picks one per navigation). main.tsx's prerender export renders the
// real App in each locale; this plugin hands it the words and then sets each page's <html lang/dir>
// and the exit link's words, which live outside the rendered part (they work with JavaScript off).
import type { Plugin } from 'vite';
import { LOCALES, htmlAttrsFor, localeInfo, startPageLocale } from '../src/lib/languages.ts';
import { listedLocales } from './locale-status.ts';
import { fillExitWords, readExitWords, type ExitWords } from './shell-html.ts';
import { PSEUDO_LOCALE, pseudoTree } from './pseudo-locale.ts';
import { readFileSync } from 'node:fs';

// Read by src/app/prerender.tsx, which runs in this same Node process during the build.
const PRERENDER_WORDS = '__madoguchiStartWords';

export function startPages(root: string, pseudo = false): Plugin {
  // The test-only pseudo-locale has no folder: its words are English, accented.
  const readCommon = (code: string): Record<string, unknown> =>
    code === PSEUDO_LOCALE
      ? (pseudoTree(readCommon('en')) as Record<string, unknown>)
      : (JSON.parse(readFileSync(`${root}locales/${code}/common.json`, 'utf8')) as Record<string, unknown>);
  const htmlLang = (code: string) => (code === PSEUDO_LOCALE ? 'en' : localeInfo(code).htmlLang);
  return {
    name: 'madoguchi-start-pages',
    apply: 'build',
    buildStart() {
      const words: Record<string, unknown> = {};
      const listed = listedLocales(
        root,
        LOCALES.map((l) => l.code),
      );
      for (const code of pseudo ? [...listed, PSEUDO_LOCALE] : listed) words[code] = readCommon(code);
      (globalThis as Record<string, unknown>)[PRERENDER_WORDS] = words;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const code = startPageLocale(asset.fileName);
          if (!code) continue;
          const html = String(asset.source).replace(
            /<html[^>]*>/,
            `<html lang="${htmlLang(code)}" dir="${htmlAttrsFor(code).dir}" data-locale="${code}">`,
          );
          const exit =
            code === PSEUDO_LOCALE ? (readCommon(code).exit as ExitWords) : readExitWords(root, code);
          asset.source = fillExitWords(html, exit);
        }
      },
    },
  };
}
