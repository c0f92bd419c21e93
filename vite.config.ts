import { defineConfig, type Plugin } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NEUTRAL_TITLE, NEUTRAL_URL } from './src/config.ts';
import { CSP, SECURITY_HEADERS } from './src/headers.ts';
import { validateCatalogue } from './src/data/validate.ts';
import { readCatalogueFiles } from './scripts/catalogue-files.ts';
import { completeLocales } from './scripts/locale-status.ts';
import { LOCALES } from './src/lib/languages.ts';
import { CRISIS_IDS, crisisLines } from './src/data/crisis-lines.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const jaCommon = JSON.parse(readFileSync(`${root}locales/ja/common.json`, 'utf8')) as {
  exit: { label: string; skip: string };
};

/** Neutral identity and exit settings come from src/config.ts, never typed twice. */
function shellHtml(): Plugin {
  return {
    name: 'madoguchi-shell-html',
    transformIndexHtml: (html) =>
      html
        .replaceAll('__CSP__', CSP)
        .replaceAll('__NEUTRAL_URL__', NEUTRAL_URL)
        .replaceAll('__NEUTRAL_TITLE__', NEUTRAL_TITLE)
        .replaceAll('__EXIT_LABEL__', jaCommon.exit.label)
        .replaceAll('__EXIT_SKIP__', jaCommon.exit.skip),
  };
}

/**
 * Validates the catalogue before anything is built (file, entry and field named on error), and
 * serves two tiny build-time extracts: the crisis lines for the first paint, and which locales
 * are complete enough to offer.
 */
function catalogue(): Plugin {
  const ids = { crisis: 'virtual:crisis-lines', locales: 'virtual:listed-locales' };
  const validated = () => {
    const result = validateCatalogue(readCatalogueFiles(root));
    if (!result.ok) throw new Error(`Catalogue data is invalid:\n  ${result.errors.join('\n  ')}`);
    return result.catalogue;
  };
  let isBuild = false;
  return {
    name: 'madoguchi-catalogue',
    configResolved(config) {
      isBuild = config.command === 'build' && !process.env.VITEST;
    },
    buildStart() {
      if (isBuild) validated(); // tests report data errors through src/data/catalogue.test.ts instead
    },
    resolveId: (id) => (id === ids.crisis || id === ids.locales ? `\0${id}` : null),
    load(id) {
      if (id === `\0${ids.crisis}`) {
        const lines = crisisLines(validated().windows, CRISIS_IDS);
        return `export default ${JSON.stringify(lines)};`;
      }
      if (id === `\0${ids.locales}`) {
        const listed = completeLocales(
          `${root}locales`,
          LOCALES.map((l) => l.code),
        );
        return `export default ${JSON.stringify(listed)};`;
      }
      return null;
    },
  };
}

/**
 * Locale files as static JSON under /locales/<lng>/<ns>.json (fetched on demand, precached): the
 * Japanese shell strings are bundled instead. In dev the same paths are served from locales/.
 */
function localeFiles(): Plugin {
  const dir = `${root}locales`;
  return {
    name: 'madoguchi-locale-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/locales\/([\w-]+)\/([\w-]+)\.json$/.exec(req.url?.split('?')[0] ?? '');
        const file = m ? `${dir}/${m[1]}/${m[2]}.json` : null;
        if (!file || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const lng of readdirSync(dir)) {
        for (const file of readdirSync(`${dir}/${lng}`).filter((f) => f.endsWith('.json'))) {
          const text = readFileSync(`${dir}/${lng}/${file}`, 'utf8');
          let data: unknown;
          try {
            data = JSON.parse(text);
          } catch (err) {
            throw new Error(`locales/${lng}/${file}: not valid JSON (${(err as Error).message})`, {
              cause: err,
            });
          }
          this.emitFile({ type: 'asset', fileName: `locales/${lng}/${file}`, source: JSON.stringify(data) });
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [
    shellHtml(),
    catalogue(),
    localeFiles(),
    preact({ prerender: { enabled: true, renderTarget: '#app' } }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false, // registered from src/shell/sw-bridge.ts after the first paint
      manifest: false, // static manifests in public/ (one per neutral identity)
      // Kill switch: MADOGUCHI_SELF_DESTROY=1 npm run build ships a worker that removes itself.
      selfDestroying: process.env.MADOGUCHI_SELF_DESTROY === '1',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,webmanifest,png,svg,json,txt}'],
        globIgnores: ['**/index.module-*.js', '_headers'],
        sourcemap: false,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    manifest: true,
    // No preload helper: it wrapped every lazy import (one per locale file) and cost ~1 KB gzip on the
    // first paint; the service worker precaches every chunk anyway.
    modulePreload: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.dom.test.tsx', 'src/**/*.dom.test.ts'],
          setupFiles: ['fake-indexeddb/auto', './tests/setup-dom.ts'],
        },
      },
    ],
  },
});
