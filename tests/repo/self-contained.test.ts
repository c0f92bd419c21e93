// The repo passes its tests from its own files: no code, test, script or config reads the team's
// folder beside the clone (README and docs may link to it as further reading).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The team folder beside the clone and what it holds. (src/features/shared is ours: its imports
// never name these.) Spelled with a character class so this file does not match itself.
const OUTSIDE = /(\.\.\/)+share[d]\/(research|seed|data|hooks|design\.md|style\.md)|\/work\/share[d]\b/;
const FOLDERS = ['src', 'tests', 'scripts', 'plugins', 'public', '.ci'];
const CONFIG = ['package.json', 'vite.config.ts', 'eslint.config.js', 'tsconfig.json', 'index.html'];
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|html|css|txt|sh|webmanifest)$|^run$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return TEXT.test(name) ? [path] : [];
  });
}

/** Files that mention the outside folder, by path. */
export function referencesOutside(paths: string[], read = (p: string) => readFileSync(p, 'utf8')): string[] {
  return paths.filter((p) => OUTSIDE.test(read(p)));
}

describe('self-contained repo', () => {
  it('no file under src, tests, scripts, plugins, public, .ci or a config file refers to the team folder', () => {
    const paths = [...FOLDERS.flatMap(files), ...CONFIG];
    expect(paths.length).toBeGreaterThan(150);
    expect(referencesOutside(paths)).toEqual([]);
  });

  it('the check finds a reference when there is one', () => {
    const team = ['..', 'shared'].join('/');
    const fake: Record<string, string> = {
      'a.ts': `readFileSync('${team}/research/contacts.md')`,
      'b.ts': "import { WindowCard } from '../shared/window-card';",
      'c.ts': `import seed from '../../${team}/seed/x.txt';`,
    };
    expect(referencesOutside(Object.keys(fake), (p) => fake[p])).toEqual(['a.ts', 'c.ts']);
  });
});
