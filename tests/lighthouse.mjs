// Lighthouse (mobile, simulated throttling) on the production build's start screen, with budgets.
// Run by `npm test` after the browser tests; needs a build in dist/.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8'));
const PORT = 4176;
const BUDGETS = { performance: 0.9, accessibility: 1, 'best-practices': 0.95 };
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
});
const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
let failed = 0;
try {
  await new Promise((r) => setTimeout(r, 1500));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? chromium.path,
    userDataDir: profile,
    chromeFlags: chromium.args,
  });
  try {
    const { lhr } = await lighthouse(`http://127.0.0.1:${PORT}/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(BUDGETS),
    });
    for (const [id, min] of Object.entries(BUDGETS)) {
      const score = lhr.categories[id]?.score ?? 0;
      const ok = score >= min;
      if (!ok) failed++;
      console.log(`${ok ? '✓' : '✗'} lighthouse ${id}: ${Math.round(score * 100)} (budget ${min * 100})`);
    }
    const fcp = lhr.audits['first-contentful-paint']?.displayValue;
    const tbt = lhr.audits['total-blocking-time']?.displayValue;
    console.log(`  first contentful paint ${fcp}, total blocking time ${tbt}`);
  } finally {
    await chrome.kill();
  }
} finally {
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${3 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
