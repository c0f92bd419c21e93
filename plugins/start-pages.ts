// One prerendered start page per listed locale (dist/index.html is Japanese, dist/start/<lng>.html
// the others; the service worker picks one per navigation). main.tsx's prerender export renders the
// real App in each locale; this plugin hands it the words and then sets each page's <html lang/dir>
// and the exit link's words, which live outside the rendered part (they work with JavaScript off),
// and adds the page's shell words as a JSON data block for hydration.
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
import { LOCALES, htmlAttrsFor, localeInfo, startPageLocale } from '../src/lib/languages.ts';
import { listedLocales } from './locale-status.ts';
import { fillExitWords, readExitWords, type ExitWords } from './shell-html.ts';
import { PSEUDO_LOCALE, pseudoTree } from './pseudo-locale.ts';
import { withClockWords } from './clock-words.ts';
import { startWordsBlock } from '../src/lib/start-words.ts';
import { readFileSync } from 'node:fs';

// Read by src/app/prerender.tsx, which runs in this same Node process during the build.
const PRERENDER_WORDS = '__madoguchiStartWords';

/**
 * The screens a reader most often opens first (src/app/screens.tsx preloads the same). Their code
 * gets hints, except the catalogue's chunk: fetching its 24 KB during the
 * first paint delayed it (measured with `npm run bench`), so it comes right after hydration.
 */
export const FIRST_TAP_SCREENS = ['src/features/questionnaire/index.tsx', 'src/features/finder/index.tsx'];
const LATER = ['src/data/catalogue.ts'];

/**
 * Hints for the code of the first-tap screens (their chunks and what those import, never the
 * entry's own): the browser fetches and compiles them while the page hydrates, so a tap only has to
 * run them. Nothing here runs before the first paint.
 */
export function firstTapHints(bundle: OutputBundle, base = '/'): string {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  const js = new Set<string>();
  const css = new Set<string>();
  const later = (chunk: OutputChunk) => chunk.moduleIds.some((id) => LATER.some((l) => id.endsWith(l)));
  const walk = (chunk: OutputChunk) => {
    if (js.has(chunk.fileName) || chunk === entry || later(chunk)) return;
    js.add(chunk.fileName);
    for (const f of chunk.viteMetadata?.importedCss ?? []) css.add(f);
    for (const f of chunk.imports) {
      const dep = byFile.get(f);
      if (dep) walk(dep);
    }
  };
  for (const src of FIRST_TAP_SCREENS) {
    const chunk = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId?.endsWith(src));
    if (!chunk) throw new Error(`start pages: no chunk for ${src} (renamed? update FIRST_TAP_SCREENS)`);
    walk(chunk);
  }
  return [
    ...[...css].map((f) => `<link rel="preload" as="style" crossorigin href="${base}${f}">`),
    ...[...js].map((f) => `<link rel="modulepreload" href="${base}${f}">`),
  ].join('');
}

export function startPages(root: string, pseudo = false): Plugin {
  // The test-only pseudo-locale has no folder: its words are English, accented.
  const readNamespace = (code: string, ns: string): Record<string, unknown> =>
    code === PSEUDO_LOCALE
      ? (pseudoTree(readNamespace('en', ns)) as Record<string, unknown>)
      : (JSON.parse(readFileSync(`${root}locales/${code}/${ns}.json`, 'utf8')) as Record<string, unknown>);
  const readCommon = (code: string) => withClockWords(code, readNamespace(code, 'common'));
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
      // Every namespace the start screen shows: the shell's words, and the "in your language"
      // section's (langs). Without them the prerendered page carried keys until the section redrew.
      for (const code of pseudo ? [...listed, PSEUDO_LOCALE] : listed)
        words[code] = { common: readCommon(code), langs: readNamespace(code, 'langs') };
      (globalThis as Record<string, unknown>)[PRERENDER_WORDS] = words;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const hints = firstTapHints(bundle);
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
          // The page's own shell words, for hydration without a fetch (src/lib/start-words.ts): after
          // the content, so they never hold up the first paint.
          const words = startWordsBlock(readCommon(code));
          if (!html.includes('</body>')) throw new Error(`${asset.fileName}: no </body> for the start words`);
          asset.source = fillExitWords(html, exit)
            .replace('</head>', `${hints}</head>`)
            .replace('</body>', `${words}</body>`);
        }
      },
    },
  };
}
