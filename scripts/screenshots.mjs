// Screenshots of each screen for a person to look at: node scripts/screenshots.mjs [screen …]
// Needs a build (dist/). Writes shots/<screen>-<lang>-<width>.png.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const PORT = 4175;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 1500));

// How to reach each screen from the start screen, by clicking like a person.
const SCREENS = {
  home: async () => {},
  language: async (p) => p.click('.app-header .header-button'),
  finder: async (p) => p.click('.entries li:nth-child(1) button'),
  detail: async (p) => {
    await p.click('.entries li:nth-child(1) button');
    await p.click('[data-window="dv-plus"] .card-link');
  },
  'detail-omiya': async (p) => {
    await p.click('.entries li:nth-child(1) button');
    await p.click('[data-window="omiya-foreign-consultation"] .card-link');
  },
  plan: async (p) => p.click('.entries button >> nth=-1'),
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SCREENS);
mkdirSync('shots', { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const name of wanted) {
  for (const lang of ['ja', 'en']) {
    for (const width of [390, 320]) {
      const ctx = await browser.newContext({
        viewport: { width, height: 844 },
        locale: lang,
        serviceWorkers: 'block',
      });
      const page = await ctx.newPage();
      await page.goto(`${ORIGIN}/?lang=${lang}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await SCREENS[name](page);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `shots/${name}-${lang}-${width}.png` });
      await page.evaluate(() => window.scrollBy(0, 700));
      await page.screenshot({ path: `shots/${name}-${lang}-${width}-2.png` });
      await ctx.close();
    }
  }
}
await browser.close();
server.kill();
