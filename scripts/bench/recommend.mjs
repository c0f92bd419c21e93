// recommend() time: the vitest benchmark in src/engines/recommend.bench.ts, read from its JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function measureRecommend() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const out = join(dir, 'recommend.json');
  try {
    const r = spawnSync(
      'node_modules/.bin/vitest',
      ['bench', '--run', 'src/engines/recommend.bench.ts', '--outputJson', out],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (r.status !== 0) throw new Error('vitest bench failed');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    const b = json.files[0].groups[0].benchmarks[0];
    return { meanMs: b.mean, p99Ms: b.p99 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
