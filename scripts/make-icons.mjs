// Renders each identity's SVG icon to the PNG sizes the manifests need, with Debian's Chromium.
// Run by hand after changing an icon: node scripts/make-icons.mjs (the PNGs are committed).
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
for (const file of readdirSync('public/icons').filter((f) => f.endsWith('.svg'))) {
  const name = file.replace('.svg', '');
  const svg = readFileSync(`public/icons/${file}`, 'utf8');
  for (const [size, suffix, pad] of [
    [180, '180', 0],
    [192, '192', 0],
    [512, '512', 0],
    [512, 'maskable-512', 0.1],
  ]) {
    await page.setViewportSize({ width: size, height: size });
    const inner = Math.round(size * (1 - 2 * pad));
    const bg = pad ? /fill="(#[0-9a-f]{6})"/i.exec(svg)[1] : 'transparent';
    await page.setContent(
      `<body style="margin:0;background:${bg};display:grid;place-items:center;width:${size}px;height:${size}px">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body>`,
    );
    await page.screenshot({ path: `public/icons/${name}-${suffix}.png`, omitBackground: !pad });
  }
}
await browser.close();
