// Screenshots of each screen for a person to look at (needs a build in dist/):
//   node --import ./scripts/register-ts.mjs scripts/screenshots.ts [lang] [screen …]
// Writes shots/<screen>-<lang>-<width>.png (and -2 scrolled one screen down).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { SCREENS } from '../tests/e2e/screens';

const PORT = Number(process.env.SHOTS_PORT ?? 4175);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const [lang = 'ja', ...names] = process.argv.slice(2);
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
});
// Wait until the preview server answers (a busy machine can take several seconds).
for (let waited = 0; ; waited += 200) {
  const up = await fetch(ORIGIN).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  if (waited > 30_000) throw new Error(`preview server did not answer at ${ORIGIN}`);
  await new Promise((r) => setTimeout(r, 200));
}
mkdirSync('shots', { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const name of names.length ? names : Object.keys(SCREENS)) {
    for (const width of [390, 320]) {
      const ctx = await browser.newContext({
        viewport: { width, height: 844 },
        locale: lang,
        serviceWorkers: 'block',
      });
      const page = await ctx.newPage();
      await page.goto(`${ORIGIN}/?lang=${lang}`);
      await SCREENS[name](page);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `shots/${name}-${lang}-${width}.png` });
      await page.evaluate(() => window.scrollBy(0, 700));
      await page.screenshot({ path: `shots/${name}-${lang}-${width}-2.png` });
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
