// Checks on the production build (npm test builds first): offline contract and size budgets.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { revealingWordsIn } from '../fixtures/revealing-words';
import { withClockWords } from '../../plugins/clock-words';

const dist = 'dist';
const built = existsSync(join(dist, '.vite/manifest.json'));
// `npm test` builds first and sets this: there a missing build is a failure, not a skip.
const buildRequired = process.env.MADOGUCHI_REQUIRE_BUILD === '1';
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  src?: string;
  css?: string[];
}

describe.skipIf(!built && !buildRequired)('production build', () => {
  it('exists (dist/ is written by `vite build`, which `npm test` runs first)', () => {
    expect(built, 'dist/.vite/manifest.json is missing').toBe(true);
  });

  const manifest = built
    ? (JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>)
    : {};
  const sw = built ? readFileSync(join(dist, 'sw.js'), 'utf8') : '';
  const precached = [...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]);

  /** The entry and everything it imports statically: the JS fetched before the first paint. */
  function firstPaintJs(): string[] {
    const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
    if (!entry) throw new Error('no entry chunk');
    const seen = new Set<string>();
    const walk = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const dep of manifest[key]?.imports ?? []) walk(dep);
    };
    walk(entry[0]);
    return [...seen].map((k) => manifest[k].file);
  }

  // Target and budget 30 KB (README). Each start page carries its own shell words as data (not
  // script), so no language's words are in the script.
  it('keeps JavaScript before the first paint within 30 KB gzip', () => {
    const files = firstPaintJs();
    const total = files.reduce((sum, f) => sum + gz(f), 0);
    console.log(`first-paint JS: ${files.join(', ')} = ${total} B gzip`);
    expect(total).toBeLessThanOrEqual(30 * 1024);
  });

  it('keeps workbox-window, idb, data, holidays and Leaflet off the first paint', () => {
    const text = firstPaintJs()
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    expect(text).not.toMatch(/workbox|leaflet|holiday_jp|openDB|withyou-dv|DV相談センター/i);
  });

  it('precaches the shell, every locale file, all data and the manifest, but not the worker', () => {
    expect(precached).toContain('index.html');
    expect(precached).toContain('manifest.webmanifest');
    expect(precached).not.toContain('sw.js');
    const localeFiles = readdirSync(join(dist, 'locales')).flatMap((lng) =>
      readdirSync(join(dist, 'locales', lng)).map((f) => `locales/${lng}/${f}`),
    );
    expect(localeFiles.length).toBeGreaterThan(24);
    for (const f of localeFiles) expect(precached, f).toContain(f);
    // Every chunk the browser can ask for; preact-render-to-string only runs at build time (prerender).
    const runtime = Object.values(manifest).filter((c) => !c.src?.includes('preact-render-to-string'));
    for (const chunk of runtime) expect(precached, chunk.file).toContain(chunk.file);
  });

  it('ships neither the pseudo-locale (test builds only) nor the translation records', () => {
    expect(readdirSync(join(dist, 'locales'))).not.toContain('en-XA');
    for (const lng of readdirSync(join(dist, 'locales')))
      expect(readdirSync(join(dist, 'locales', lng)), lng).not.toContain('translated-from');
    expect(precached.filter((u) => /en-XA|translated-from/.test(u))).toEqual([]);
    const js = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    for (const f of js) expect(readFileSync(join(dist, 'assets', f), 'utf8'), f).not.toContain('en-XA');
  });

  it('keeps the whole precache, every locale included, within 1 MB gzip', () => {
    const total = precached
      .map((u) => u.split('?')[0])
      .filter((f) => existsSync(join(dist, f)))
      .reduce((sum, f) => sum + gz(f), 0);
    console.log(`precache: ${precached.length} files = ${total} B gzip`);
    expect(total).toBeLessThanOrEqual(1024 * 1024);
  });

  it('names nothing after DV in the title, manifest or cache names', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe('電卓');
    const manifestText = readFileSync(join(dist, 'manifest.webmanifest'), 'utf8');
    expect(revealingWordsIn(manifestText)).toEqual([]);
    expect(sw).not.toMatch(/cacheName:\s*"[^"]*(dv|help|violence)/i);
  });

  const startPages = built
    ? ['index.html', ...readdirSync(join(dist, 'start')).map((f) => `start/${f}`)]
    : [];

  it('has no inline script or inline style in any prerendered page (strict CSP)', () => {
    for (const page of startPages) {
      const html = readFileSync(join(dist, page), 'utf8');
      // The only script element without src is the start words' JSON data block, which never runs.
      const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [];
      expect(inline, page).toEqual(['<script type="application/json" id="start-words">']);
      expect(html, page).not.toMatch(/\sstyle="/);
      expect(html, page).toContain('<meta name="referrer" content="no-referrer"');
    }
  });

  it('prerenders the start screen for every listed locale, each precached, in its language', async () => {
    const { LOCALES, htmlAttrsFor, localeInfo, startPagePath } = await import('../../src/lib/languages');
    const { listedLocales } = await import('../../plugins/locale-status');
    const listed = listedLocales(
      '',
      LOCALES.map((l) => l.code),
    );
    expect(listed.length).toBeGreaterThan(1);
    expect(startPages.length).toBe(listed.length);
    for (const code of listed) {
      const page = startPagePath(code);
      const html = readFileSync(join(dist, page), 'utf8');
      const common = JSON.parse(readFileSync(`locales/${code}/common.json`, 'utf8')) as {
        home: { title: string };
        exit: { label: string };
      };
      expect(html, page).toContain(
        `<html lang="${localeInfo(code).htmlLang}" dir="${htmlAttrsFor(code).dir}" data-locale="${code}">`,
      );
      expect(html, page).toContain(`<h1>${common.home.title}</h1>`);
      // Its own shell words inline (hydration without a fetch), and nobody else's; with the clock
      // words the build writes for its language (plugins/clock-words.ts).
      const block = /<script type="application\/json" id="start-words">([^<]*)<\/script>/.exec(html)?.[1];
      expect(JSON.parse(block ?? 'null'), page).toEqual(withClockWords(code, common));
      const served = JSON.parse(readFileSync(join(dist, `locales/${code}/common.json`), 'utf8')) as unknown;
      expect(served, `locales/${code}/common.json`).toEqual(withClockWords(code, common));
      expect(html, page).toContain(`<span class="qx-label">${common.exit.label}</span>`);
      expect(html, page).not.toContain('__EXIT_');
      expect(precached, page).toContain(page);
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], page).toBe('電卓');
    }
  });
});

describe.skipIf(!built)('language entry pages', () => {
  const pages = built ? readdirSync(join(dist, 'start')) : [];

  it('prerenders the "in your language" section with its words, never their keys', () => {
    for (const page of pages) {
      const code = page.replace(/\.html$/, '');
      const html = readFileSync(join(dist, 'start', page), 'utf8');
      const langs = JSON.parse(readFileSync(`locales/${code}/langs.json`, 'utf8')) as { title: string };
      expect(html, page).toContain(`<h2 id="lang-title">${langs.title}</h2>`);
      expect(html, page).not.toMatch(/>(title|intro|officialName|details)(: )?</);
    }
  });

  it('tells the host to answer /?lang=<code> with each start page (_redirects, not precached)', () => {
    const rules = readFileSync(join(dist, '_redirects'), 'utf8');
    for (const page of pages)
      expect(rules, page).toContain(`/  lang=${page.replace(/\.html$/, '')}  /start/${page}  200`);
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(sw).not.toContain('_redirects');
  });
});

describe.skipIf(!built)('lazy screens', () => {
  const manifest = built
    ? (JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>)
    : {};
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const closure = (key: string, seen = new Set<string>()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const shell = closure(entryKey);
  const text = (key: string) => readFileSync(join(dist, manifest[key].file), 'utf8');

  // Target 15 KB; the language notes, phrase cards and if-no-connect lines made it 15.8 KB.
  it('the finder and detail screens add at most 16.5 KB gzip of code beyond the shell (target 15)', () => {
    const keys = new Set([
      ...closure('src/features/finder/index.tsx'),
      ...closure('src/features/window-detail/index.tsx'),
    ]);
    // The catalogue itself is data, reported separately (it is what the screens show).
    const isData = (key: string) => text(key).includes('"soudanplus') || text(key).includes('soudanplus.jp');
    const code = [...keys].filter((k) => !shell.has(k) && !isData(k));
    const data = [...keys].filter((k) => !shell.has(k) && isData(k));
    const size = (ks: string[]) => ks.reduce((n, k) => n + gz(manifest[k].file), 0);
    console.log(`finder+detail code: ${size(code)} B gzip; catalogue data chunk: ${size(data)} B gzip`);
    expect(size(code)).toBeLessThanOrEqual(16.5 * 1024);
  });

  it('ships every source without its quoted passages (they back the data; no screen shows them)', () => {
    const chunk = Object.keys(manifest).find((k) => text(k).includes('soudanplus.jp'));
    expect(chunk).toBeDefined();
    const shipped = text(chunk!);
    const all = JSON.parse(readFileSync('src/data/sources.json', 'utf8')) as { id: string; title: string }[];
    for (const source of all) {
      expect(shipped, source.id).toContain(`"id":"${source.id}"`);
      expect(shipped, source.id).toContain(source.title);
    }
    expect(shipped).not.toContain('"quotes"');
  });

  it('fetches Leaflet only on the map screen', () => {
    const leafletChunks = Object.keys(manifest).filter(
      (k) => /leaflet/i.test(k) || text(k).includes('Leaflet'),
    );
    expect(leafletChunks.length).toBeGreaterThan(0);
    const mapClosure = closure('src/features/map/index.tsx');
    for (const k of leafletChunks) expect(mapClosure.has(k) || k.includes('leaflet'), k).toBe(true);
    for (const screen of [
      'src/features/finder/index.tsx',
      'src/features/window-detail/index.tsx',
      'src/features/plan/index.tsx',
    ]) {
      for (const k of closure(screen)) expect(text(k), `${screen} pulls ${k}`).not.toContain('Leaflet');
    }
    for (const k of shell) expect(text(k)).not.toContain('Leaflet');
  });

  it('ships no schema library at run time (validation happens at build time)', () => {
    for (const k of Object.keys(manifest)) expect(text(k), k).not.toMatch(/valibot|safeParse/);
  });
});
