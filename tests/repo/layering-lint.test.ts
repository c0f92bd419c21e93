// Each layering rule in eslint.config.js fires on a deliberate violation (fixtures below, linted as
// if they lived at the given path), and stays quiet on the allowed import beside it.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const FIXTURES: { path: string; code: string; rule: string }[] = [
  { path: 'src/engines/fixture.ts', code: "import { h } from 'preact';", rule: 'no-restricted-imports' },
  {
    path: 'src/engines/fixture.ts',
    code: "import { useT } from '../lib/use-t';",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/engines/fixture.ts',
    code: "import { go } from '../shell/navigation';",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/engines/fixture.ts',
    code: "import { Finder } from '../features/finder';",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/data/fixture.ts',
    code: "import { openNow } from '../engines/open-now';",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/features/x/fixture.ts',
    code: "import { savePref } from '../../lib/storage';",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/features/x/fixture.ts',
    code: "void import('../../lib/storage');",
    rule: 'no-restricted-syntax',
  },
  {
    path: 'src/features/x/fixture.ts',
    code: "import { App } from '../../app/app';",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/shell/fixture.ts',
    code: "import { Finder } from '../features/finder';",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/lib/fixture.ts',
    code: "import { go } from '../shell/navigation';",
    rule: 'no-restricted-imports',
  },
  {
    path: 'src/sw/fixture.ts',
    code: "import { TILE_URL } from '../features/map/x';",
    rule: 'no-restricted-imports',
  },
];

const ALLOWED: { path: string; code: string }[] = [
  { path: 'src/engines/fixture.ts', code: "import type { Window } from '../data/schema';" },
  { path: 'src/features/x/fixture.ts', code: "import { setPref } from '../../shell/device/prefs-state';" },
  { path: 'src/sw/fixture.ts', code: "import { TILE_ORIGIN } from '../tiles-config';" },
];

// The fixtures are not on disk, so type-aware rules (which need the file in the project) are off.
const eslint = new ESLint({
  overrideConfig: [
    { ...tseslint.configs.disableTypeChecked, files: ['**/*.ts'] },
    { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

async function rulesFired(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('layering lint rules', () => {
  // ESLint's first run loads every plugin: slow on a busy two-core machine, so a generous timeout.
  it.each(FIXTURES)('$path: `$code` is refused', { timeout: 60_000 }, async ({ path, code, rule }) => {
    expect(await rulesFired(path, code)).toContain(rule);
  });

  it.each(ALLOWED)('$path: `$code` is allowed', { timeout: 60_000 }, async ({ path, code }) => {
    const fired = await rulesFired(path, code);
    expect(fired.filter((r) => r.startsWith('no-restricted') || r.startsWith('fatal'))).toEqual([]);
  });
});
