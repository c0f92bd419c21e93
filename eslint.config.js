// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Floors of src/ (README): each may import only the floors below it. dependency-cruiser checks the
// whole graph in tests/repo/floors.test.ts; these rules say it in the editor, at the import line.
const restrict = (...groups) => ['error', { patterns: groups }];
const FROM = (folders, message) => ({ regex: `(^|/)(${folders.join('|')})(/|$)`, message });
const PREACT = { regex: '^preact(/|$)', message: 'Engines are pure: no Preact.' };
export const LAYER_RULES = {
  'src/engines/**': restrict(PREACT, FROM(['lib', 'shell', 'features', 'app'], 'Engines import only data.')),
  'src/data/**': restrict(
    PREACT,
    FROM(['engines', 'lib', 'shell', 'features', 'app'], 'Data is the ground floor.'),
  ),
  'src/lib/**': restrict(FROM(['shell', 'features', 'app'], 'lib imports only engines and data.')),
  'src/shell/**': restrict(FROM(['features', 'app'], 'The shell serves features; it never imports them.')),
  'src/features/**': restrict(FROM(['app'], 'Features never import the app shell.'), {
    regex: '(^|/)lib/storage$',
    message: 'Features reach IndexedDB only through src/shell/device/prefs-state.ts.',
  }),
  'src/sw/**': restrict(FROM(['features', 'app', 'shell', 'lib'], 'The service worker imports no app code.')),
};

export default defineConfig(
  globalIgnores(['dist/', 'dist-pseudo/', 'dev-dist/', 'test-results/', 'shots/', 'node_modules/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      // The app must stay one history entry (see README, "No history footprint").
      'no-restricted-properties': [
        'error',
        { object: 'history', property: 'pushState', message: 'The app must not add history entries.' },
        { object: 'location', property: 'assign', message: 'Use location.replace: no history entries.' },
      ],
    },
  },
  ...Object.entries(LAYER_RULES).map(([glob, rule]) => ({
    files: [glob],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.bench.ts'],
    rules: { 'no-restricted-imports': rule },
  })),
  {
    // import() too: the storage module is loaded lazily, so a static-import rule alone would miss it.
    files: ['src/features/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)lib\\/storage$/]',
          message: 'Features reach IndexedDB only through src/shell/device/prefs-state.ts.',
        },
      ],
    },
  },
  { files: ['src/sw/**/*.ts'], languageOptions: { globals: { ...globals.serviceworker } } },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**', 'plugins/**', 'tests/e2e/**'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
