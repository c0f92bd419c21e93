import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { E2E_PORT } from './browser';

let server: ChildProcess | undefined;

async function waitForServer(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

export async function setup() {
  const dist = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`${dist}/ is missing: run \`npx vite build\` first (npm test does).`);
  // The binary itself, not `npx`: killing npx would leave the server running.
  server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(E2E_PORT), '--strictPort', '--outDir', dist],
    {
      stdio: 'ignore',
    },
  );
  await waitForServer(`http://127.0.0.1:${E2E_PORT}/`, 20_000);
}

export function teardown() {
  server?.kill('SIGTERM');
}
