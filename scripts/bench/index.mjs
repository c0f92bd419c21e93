// `npm run bench`: one table of speed figures from the production build (build first), each with its
// target. `--check` (used by `npm test`) runs fewer repeats and fails when a figure misses its CI
// budget: the target plus headroom for a noisy, shared 2-core machine. Never timed unit tests.
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { measureSizes } from './sizes.mjs';
import { measureRecommend } from './recommend.mjs';
import { startPreview } from './server.mjs';
import {
  inputToFrameFloor,
  layoutShiftPerLocale,
  offlinePaintRatio,
  quickExitLatency,
  tapToNextScreen,
} from './browser.mjs';
import { runLighthouse } from '../../tests/lighthouse.mjs';

const check = process.argv.includes('--check');
const runs = check ? 1 : 3;
const port = Number(process.env.BENCH_PORT ?? 4177);
const KB = 1024;
// A busy, shared machine only ever makes a timing slower, never faster. So every figure is judged
// (CI enforces the budgets), but a timing over its budget is measured again, up to this many times
// in all, after waiting for the machine to quieten, and the best try counts: a real regression
// misses on every try.
const TRIES = 3;

// label, value, unit, target, CI budget, 'max' | 'min', tries.
const rows = [];
const add = (label, value, unit, target, budget, dir = 'max', tries = 1) =>
  rows.push({ label, value, unit, target, budget, dir, tries });
const within = (value, budget, dir) => (dir === 'max' ? value <= budget : value >= budget);
const better = (a, b, dir) => (dir === 'max' ? Math.min(a, b) : Math.max(a, b));

/** Share of the last second the CPUs were busy (other jobs, a build still running). */
async function cpuBusy() {
  const total = () =>
    cpus().reduce(
      (n, c) => {
        const t = Object.values(c.times).reduce((a, b) => a + b, 0);
        return { all: n.all + t, idle: n.idle + c.times.idle };
      },
      { all: 0, idle: 0 },
    );
  const a = total();
  await new Promise((r) => setTimeout(r, 1000));
  const b = total();
  return 1 - (b.idle - a.idle) / Math.max(1, b.all - a.all);
}

/** Waits (up to 20 s) until the machine is mostly idle before a timing. */
async function quiet() {
  for (let i = 0; i < 20 && (await cpuBusy()) > 0.5; i++);
}

/** A timed figure: measured once, and again while over its CI budget (see TRIES). */
async function addTimed(label, measure, unit, target, budget, dir = 'max') {
  await quiet();
  let value = await measure();
  let tries = 1;
  while (budget !== undefined && !within(value, budget, dir) && tries < TRIES) {
    await quiet();
    value = better(value, await measure(), dir);
    tries++;
  }
  add(label, value, unit, target, budget, dir, tries);
}

const sizes = measureSizes();
add('first-paint JS (gzip)', sizes.firstPaintJs / KB, 'KB', 30, 30);
for (const c of sizes.lazy.slice(0, check ? 0 : 40)) add(`  lazy ${c.file}`, c.gzip / KB, 'KB');
add(`precache, ${sizes.precacheFiles} files (gzip)`, sizes.precacheGzip / KB, 'KB', 1024, 1024);

// Listed locales = the prerendered start pages in the build.
const locales = ['ja', ...readdirSync('dist/start').map((f) => f.replace(/\.html$/, ''))];
const server = await startPreview(port);
const origin = server.url.replace(/\/$/, '');
try {
  // Scores come from a simulated phone, but Lighthouse still runs on this CPU: a busy machine lowers them.
  for (const lang of ['ja', 'en']) {
    let r;
    await addTimed(
      `Lighthouse ${lang} performance (median of ${runs})`,
      async () => {
        const next = (await runLighthouse(origin, [lang], runs))[lang];
        if (!r || next.performance > r.performance) r = next;
        return next.performance;
      },
      '',
      98,
      80,
      'min',
    );
    add(`Lighthouse ${lang} accessibility`, r.accessibility, '', 100, 100, 'min');
    add(`Lighthouse ${lang} best practices`, r['best-practices'], '', 100, 100, 'min');
    add(`  ${lang} FCP (simulated)`, r.fcp, 'ms');
    add(`  ${lang} LCP (simulated)`, r.lcp, 'ms');
    add(`  ${lang} total blocking time`, r.tbt, 'ms');
  }
  let paint;
  await addTimed(
    'warm offline FCP ÷ script-free copy',
    async () => (paint = await offlinePaintRatio(origin, check ? 3 : 5)).ratio,
    '×',
    1,
    1.5,
  );
  add(`  warm offline FCP (script-free ${paint.scriptFreeMs.toFixed(0)} ms)`, paint.appMs, 'ms');
  // The worst case: a host that sends the Japanese page to every first visit (no ?lang= rewrite),
  // so every other language swaps in place.
  const plainHost = await startPreview(port + 1, { langRewrite: false });
  try {
    const shifts = await layoutShiftPerLocale(plainHost.url.replace(/\/$/, ''), locales);
    for (const [code, v] of Object.entries(shifts))
      add(`layout shift, first visit, swap from ja, ${code}`, v, '', 0.01, 0.05);
  } finally {
    plainHost.stop();
  }
  for (const screen of ['questionnaire', 'finder'])
    await addTimed(
      `tap → ${screen}, from first paint (4× CPU, median of ${check ? 3 : 5})`,
      () => tapToNextScreen(origin, screen, check ? 3 : 5),
      'ms',
      200,
      500,
    );
  let exit;
  await addTimed(
    'quick exit: finger down → first frame hidden (4× CPU)',
    async () => (exit = await quickExitLatency(origin, check ? 3 : 5)).hiddenMs,
    'ms',
    16,
    // Tapped as soon as the start screen is ready, while start-up work still runs: ~50–70 ms here
    // (since 2026-12-03 the page hides on the finger going down, not on the click). A page that
    // hid only on the click fails the bench outright (its first frame still shows the app).
    150,
  );
  // From the same runs as the row above (measuring again would not change it).
  add("quick exit: the tap's click → neutral request (4× CPU)", exit.requestMs, 'ms', 50, 200);
  add('  floor: same tap on a page with one button (4× CPU)', await inputToFrameFloor(check ? 5 : 9), 'ms');
} finally {
  server.stop();
}
await addTimed('recommend(), whole catalogue, mean', async () => measureRecommend().meanMs, 'ms', 1, 3);

const fmt = (v, unit) =>
  v === undefined || Number.isNaN(v)
    ? 'n/a'
    : `${v < 0.1 && v !== 0 ? v.toFixed(4) : v < 10 ? v.toFixed(2) : v.toFixed(0)} ${unit}`.trim();
let failed = 0;
const lines = ['| figure | value | target | CI budget | |', '|---|---|---|---|---|'];
for (const r of rows) {
  let mark = '';
  if (r.budget !== undefined) {
    const ok = within(r.value, r.budget, r.dir);
    if (!ok) failed++;
    mark = !ok ? '✗ over budget' : within(r.value, r.target, r.dir) ? '✓' : '~ within budget, off target';
    if (r.tries > 1) mark += ` (best of ${r.tries} tries)`;
  }
  const bound = (x) => (x === undefined ? '' : `${r.dir === 'max' ? '≤' : '≥'} ${x} ${r.unit}`.trim());
  lines.push(`| ${r.label} | ${fmt(r.value, r.unit)} | ${bound(r.target)} | ${bound(r.budget)} | ${mark} |`);
}
console.log(lines.join('\n'));
console.log(`\nload average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
if (check && failed) {
  console.error(`\n${failed} figure(s) over their CI budget.`);
  process.exit(1);
}
process.exit(0);
