import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from './plugins/headers.ts';
import { shellHtml } from './plugins/shell-html.ts';
import { catalogue, runtimeSources } from './plugins/catalogue.ts';
import { localeFiles } from './plugins/locale-files.ts';
import { startPages } from './plugins/start-pages.ts';
import { languageEntry } from './plugins/language-entry.ts';
import { PSEUDO_MODE } from './plugins/pseudo-locale.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => ({
  // The pseudo-locale exists only in the test build (`vite build --mode pseudo`), never in dist/.
  define: { __PSEUDO_LOCALE__: JSON.stringify(mode === PSEUDO_MODE) },
  plugins: [
    shellHtml(root),
    catalogue(root, mode === PSEUDO_MODE),
    runtimeSources(),
    localeFiles(root, mode === PSEUDO_MODE),
    startPages(root, mode === PSEUDO_MODE),
    preact({ prerender: { enabled: true, renderTarget: '#app' } }),
    languageEntry(),
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
        // The large install icons are read once by the browser when the app is installed; the page
        // never shows them, so a first visit does not download them in the background.
        globIgnores: ['**/index.module-*.js', '_headers', 'icons/*-512.png'],
        sourcemap: false,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: {
    outDir: mode === PSEUDO_MODE ? 'dist-pseudo' : 'dist',
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
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'plugins/**/*.test.ts',
            'tests/{build,repo}/**/*.test.ts',
          ],
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
}));
