import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { SCREENS } from '../../tests/e2e/screens';
const PORT = 4206;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const [langs, names, widths = '320'] = process.argv.slice(2);
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2000));
mkdirSync('/tmp/lang/shots', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const lang of langs.split(',')) for (const name of names.split(',')) for (const width of widths.split(',').map(Number)) {
    const ctx = await browser.newContext({ viewport: { width, height: 844 }, locale: lang, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.goto(`${ORIGIN}/?lang=${lang}`);
    await page.waitForTimeout(500);
    await SCREENS[name](page);
    await page.waitForTimeout(600);
    for (let i = 0; i < 4; i++) {
      await page.screenshot({ path: `/tmp/lang/shots/${name}-${lang}-${width}-${i}.png` });
      await page.evaluate(() => window.scrollBy(0, 800));
    }
    await ctx.close();
  }
} finally { await browser.close(); server.kill(); }
