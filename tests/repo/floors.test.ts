// The floors of src/ (README, "How it is built"): each imports only the floors below it, and there
// is no circle, type-only imports included. dependency-cruiser reads the real import graph.
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

/** Top floor first. Leaf constants (config.ts, tiles-config.ts) and styles sit below every floor. */
export const FLOORS = ['main', 'app', 'features', 'shell', 'lib', 'engines', 'data'] as const;
const PATH: Record<(typeof FLOORS)[number], string> = {
  main: '^src/main\\.tsx$',
  app: '^src/app/',
  features: '^src/features/',
  shell: '^src/shell/',
  lib: '^src/lib/',
  engines: '^src/engines/',
  data: '^src/data/',
};

function floorRules(): IForbiddenRuleType[] {
  return FLOORS.flatMap((floor, i) =>
    i === 0
      ? []
      : [
          {
            name: `${floor}-imports-up`,
            severity: 'error' as const,
            from: { path: PATH[floor] },
            to: { path: FLOORS.slice(0, i).map((f) => PATH[f]) },
          },
        ],
  );
}

async function cruiseSrc(baseDir = '.'): Promise<ICruiseResult> {
  const { output } = await cruise(
    ['src'],
    {
      validate: true,
      ruleSet: {
        forbidden: [
          ...floorRules(),
          { name: 'no-circle', severity: 'error', from: {}, to: { circular: true } },
          {
            name: 'sw-imports-app-code',
            severity: 'error',
            from: { path: '^src/sw/' },
            to: { path: ['^src/(app|features|shell|lib)/', '^src/main\\.tsx$'] },
          },
        ],
      },
      baseDir,
      tsPreCompilationDeps: true,
      tsConfig: baseDir === '.' ? { fileName: 'tsconfig.json' } : undefined,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: ['\\.test\\.tsx?$', '\\.bench\\.ts$', '\\.d\\.ts$'] },
    },
    { extensions: ['.ts', '.tsx', '.js', '.json'] },
  );
  if (typeof output === 'string') throw new Error('unexpected string output');
  return output;
}

describe('the floors of src/', () => {
  it('no import runs up a floor and there is no circle', async () => {
    const result = await cruiseSrc();
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    const violations = result.summary.violations.map(
      (v) =>
        `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
    );
    expect(violations).toEqual([]);
  }, 60_000);

  it('catches an import up a floor and a type-only circle (fixture)', async () => {
    const result = await cruiseSrc('tests/fixtures/floors');
    const names = result.summary.violations.map((v) => v.rule.name);
    expect(names).toContain('engines-imports-up');
    expect(names).toContain('no-circle');
  }, 60_000);
});
