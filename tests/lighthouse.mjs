// Lighthouse (mobile, simulated throttling) on the production build's start screen. Used by
// `npm run bench` (scripts/bench); run directly (`node tests/lighthouse.mjs`) it checks one run of
// ja and en against the budgets. Needs a build in dist/.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startPreview } from '../scripts/bench/server.mjs';

const chromium = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8'));
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(url) {
  const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? chromium.path,
    userDataDir: profile,
    chromeFlags: chromium.args,
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const num = (id) => lhr.audits[id]?.numericValue;
    return {
      ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

// Lighthouse itself sometimes fails to record a trace (NO_NAVSTART, NO_FCP on a loaded machine): that
// says nothing about the page, so such a run is repeated; a page that fails every time still fails.
const RUN_ATTEMPTS = 3;

async function measured(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(url);
    } catch (err) {
      if (attempt >= RUN_ATTEMPTS || !/Lighthouse: (NO_NAVSTART|NO_FCP|NO_TRACING_STARTED)/.test(err.message))
        throw err;
      console.error(`${err.message}: running again (${attempt}/${RUN_ATTEMPTS})`);
    }
  }
}

/** Median of `runs` cold runs per key (each value's median taken on its own). */
export async function runLighthouse(origin, langs, runs) {
  const result = {};
  for (const lang of langs) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await measured(`${origin}/?lang=${lang}`));
    result[lang] = Object.fromEntries(
      Object.keys(all[0]).map((k) => [k, median(all.map((r) => r[k] ?? NaN))]),
    );
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const BUDGETS = { performance: 80, accessibility: 100, 'best-practices': 100 };
  const server = await startPreview(Number(process.env.LIGHTHOUSE_PORT ?? 4176));
  let failed = 0;
  try {
    const results = await runLighthouse(server.url.replace(/\/$/, ''), ['ja', 'en'], 1);
    for (const [lang, r] of Object.entries(results)) {
      for (const [id, min] of Object.entries(BUDGETS)) {
        const ok = r[id] >= min;
        if (!ok) failed++;
        console.log(`${ok ? '✓' : '✗'} lighthouse ${lang} ${id}: ${r[id]} (budget ${min})`);
      }
    }
  } finally {
    server.stop();
  }
  process.exit(failed ? 1 : 0);
}
