// Recording a person's check: bad input is refused with a clear error and the data file is left
// exactly as it was; a good check lands in the window's file and passes the schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freshness, recordCheck } from './verification';
import { readCatalogueFiles } from '../../plugins/catalogue-files';

const repo = process.cwd();
let dir = '';
const windowsFile = () => join(dir, 'src/data/windows/national.json');

function run(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        resolve(repo, 'scripts/register-ts.mjs'),
        resolve(repo, 'scripts/data-verified.ts'),
        ...args,
      ],
      { cwd: dir, env: { ...process.env, MADOGUCHI_TODAY: '2026-12-03' }, encoding: 'utf8', stdio: 'pipe' },
    );
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'madoguchi-verify-'));
  cpSync(join(repo, 'src/data'), join(dir, 'src/data'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recordCheck', () => {
  const files = readCatalogueFiles(repo);
  it.each([
    [{ windowId: 'no-such-window', date: '2026-12-01', by: 'AB' }, 'unknown window id "no-such-window"'],
    [{ windowId: 'dv-plus', date: '2026-12-04', by: 'AB' }, 'is in the future'],
    [{ windowId: 'dv-plus', date: '2026-02-30', by: 'AB' }, 'is not a date'],
    [{ windowId: 'dv-plus', date: '2026-12-01', by: '  ' }, '--by is empty'],
    [{ windowId: 'dv-plus', date: '2026-12-01', by: 'A B' }, 'initials'],
  ])('refuses %j with a clear error', (input, message) => {
    const result = recordCheck(files, input, '2026-12-03');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

// The CLI itself, run on a copy of the data: slow (a TypeScript start-up per run), so only twice.
describe('npm run data:verified', () => {
  it('refuses an unknown id and changes nothing, then records a good check', () => {
    const before = readFileSync(windowsFile(), 'utf8');
    const bad = run('no-such-window', '--date', '2026-12-01', '--by', 'AB');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('unknown window id "no-such-window"');
    expect(bad.out).toContain('Nothing was changed.');
    expect(readFileSync(windowsFile(), 'utf8')).toBe(before);

    const good = run('dv-plus', '--date', '2026-12-01', '--by', 'AB', '--note', 'menu 1 then 2');
    expect(good.code).toBe(0);
    const dvPlus = (JSON.parse(readFileSync(windowsFile(), 'utf8')) as Record<string, unknown>[]).find(
      (w) => w.id === 'dv-plus',
    )!;
    expect(dvPlus.lastVerified).toBe('2026-12-01');
    expect(dvPlus.checks).toEqual([{ date: '2026-12-01', by: 'AB', note: 'menu 1 then 2' }]);
  }, 60_000);
});

describe('freshness', () => {
  it('is verified within six months, stale after, unknown when never checked', () => {
    expect(freshness('', '2026-12-03')).toBe('unknown');
    expect(freshness('2026-06-03', '2026-12-03')).toBe('verified');
    expect(freshness('2026-06-02', '2026-12-03')).toBe('stale');
  });
});
