import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { SCREENS } from '../tests/e2e/screens';
const ORIGIN = 'http://127.0.0.1:4204';
const [lang = 'ja', widthArg = '390', ...names] = process.argv.slice(2);
mkdirSync('/tmp/sp/shots', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const name of names) {
  const width = Number(widthArg);
  const ctx = await browser.newContext({ viewport: { width, height: 844 }, locale: lang, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(`${ORIGIN}/?lang=${lang}`);
  await SCREENS[name](page);
  await page.waitForTimeout(300);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < h && i < 6; y += 800, i++) {
    await page.evaluate((yy) => window.scrollTo(0, yy), y);
    await page.waitForTimeout(100);
    await page.screenshot({ path: `/tmp/sp/shots/${name}-${lang}-${width}-${i}.png` });
  }
  await ctx.close();
}
await browser.close();
