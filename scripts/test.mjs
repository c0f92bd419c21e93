// `npm test`: everything, on a fresh machine. Finds (or installs) Debian's Chromium, builds the
// production app (and the pseudo-locale test build), runs the unit/component/build tests, the real-browser tests, then Lighthouse.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const APT = 'apt-get update && apt-get install -y chromium fonts-noto-cjk fonts-noto-core';

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Chromium was not found at ${chromium}. Install it first (as root):\n  ${APT}`);
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium (and fonts for screenshots)…");
  execFileSync('bash', ['-c', `export DEBIAN_FRONTEND=noninteractive; ${APT}`], { stdio: 'inherit' });
}

run('node_modules/.bin/vite', ['build']);
// The pseudo-locale build (test only, into dist-pseudo/) for the hard-coded-text and clipping walk.
run('node_modules/.bin/vite', ['build', '--mode', 'pseudo']);
run('node_modules/.bin/vitest', ['run'], { MADOGUCHI_REQUIRE_BUILD: '1' });
run('node_modules/.bin/vitest', ['run', '--config', 'tests/e2e/vitest.config.ts']);
run('node', ['tests/lighthouse.mjs']);
