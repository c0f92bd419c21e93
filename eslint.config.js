// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
  { files: ['src/sw/**/*.ts'], languageOptions: { globals: { ...globals.serviceworker } } },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**', 'plugins/**', 'tests/e2e/**'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
