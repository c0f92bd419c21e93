// Starts `vite preview` on the production build and waits until it answers (never a fixed sleep).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const START_TIMEOUT_MS = 30_000;

/**
 * `langRewrite: false` serves like a static host that cannot answer `/?lang=` with that language's
 * page (plugins/language-entry.ts): a first visit then gets the Japanese page and swaps.
 */
export async function startPreview(port, { dist = 'dist', langRewrite = true } = {}) {
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`${dist}/ is missing: run \`npx vite build\` first.`);
  // The binary itself, not `npx`: killing npx would leave the server running.
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort', '--outDir', dist],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MADOGUCHI_LANG_REWRITE: langRewrite ? '1' : '0' },
    },
  );
  let stderr = '';
  let exited = null;
  server.stderr.on('data', (d) => (stderr += d));
  server.on('exit', (code) => (exited = code));
  const url = `http://127.0.0.1:${port}/`;
  const end = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < end) {
    if (exited !== null)
      throw new Error(`vite preview exited (code ${exited}) before answering at ${url}:\n${stderr.trim()}`);
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill('SIGTERM');
  throw new Error(
    `vite preview did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s:\n${stderr.trim()}`,
  );
}
