// Every screen in the pseudo-locale (test build only: `vite build --mode pseudo` → dist-pseudo/):
// plain ASCII words on screen were not translated (hard-coded), and the longer text must still fit
// 320 px without sideways scrolling. Served by its own preview server beside the one for dist/.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_PORT, openSession, type Session } from './browser';
import { SCREENS } from './screens';

const DIST = 'dist-pseudo';
const PORT = E2E_PORT + 1000;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let s: Session;

beforeAll(async () => {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error(`${DIST}/ is missing: run \`npx vite build --mode pseudo\` first (npm test does).`);
  server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(PORT), '--strictPort', '--outDir', DIST],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(ORIGIN).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  s = await openSession({ width: 320, height: 700, serviceWorkers: 'block' });
});
afterAll(async () => {
  await s?.close();
  server?.kill('SIGTERM');
});

/**
 * Visible text with Latin words outside the pseudo brackets. Skipped: text marked with its own
 * language (endonyms in the picker, Japanese official names and addresses), web addresses and
 * source titles (data), and the day and month names the browser's Intl formats for English.
 */
function untranslatedText(): string[] {
  const intl: string[] = [];
  const names = (opts: Intl.DateTimeFormatOptions, count: number, step: (n: number) => Date) =>
    Array.from({ length: count }, (_, n) =>
      new Intl.DateTimeFormat('en', { ...opts, timeZone: 'UTC' }).format(step(n)),
    );
  for (const weekday of ['short', 'long'] as const)
    intl.push(...names({ weekday }, 7, (n) => new Date(Date.UTC(2026, 0, 5 + n))));
  for (const month of ['short', 'long'] as const)
    intl.push(...names({ month }, 12, (n) => new Date(Date.UTC(2026, n, 1))));
  const intlWords = new RegExp(`\\b(${[...new Set(intl)].join('|')})\\b`, 'g');
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    let text = walker.currentNode.textContent?.trim() ?? '';
    if (!el || !text || !el.checkVisibility({ visibilityProperty: true })) continue;
    if (el.closest('[lang]') !== document.documentElement) continue;
    if (el.closest('a[href^="http"], .leaflet-control-attribution')) continue;
    for (let before = ''; before !== text;) [before, text] = [text, text.replace(/\[[^[\]]*\]/g, ' ')];
    if (/[A-Za-z]{2,}/.test(text.replace(intlWords, ' '))) found.push(walker.currentNode.textContent!.trim());
  }
  // Words a screen reader or the browser shows: labels, placeholders, tooltips, image texts.
  for (const el of document.body.querySelectorAll<HTMLElement>(
    '[aria-label], [placeholder], [title], [alt]',
  )) {
    if (el.closest('[lang]') !== document.documentElement || el.closest('.leaflet-control-attribution'))
      continue;
    for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
      let text = el.getAttribute(attr)?.trim() ?? '';
      for (let before = ''; before !== text;) [before, text] = [text, text.replace(/\[[^[\]]*\]/g, ' ')];
      if (/[A-Za-z]{2,}/.test(text.replace(intlWords, ' '))) found.push(`${attr}="${el.getAttribute(attr)}"`);
    }
  }
  return found;
}

describe('pseudo-locale walk at 320 px', () => {
  it.each(Object.keys(SCREENS))(
    '%s: every visible word is translated and nothing scrolls sideways',
    async (name) => {
      await s.page.goto(`${ORIGIN}/?lang=en-XA`);
      await s.page.waitForFunction(() => document.querySelector('.qx-label')?.textContent?.startsWith('['));
      await SCREENS[name](s.page);
      await s.page.waitForTimeout(300); // lazily loaded namespaces
      expect(await s.page.evaluate(untranslatedText)).toEqual([]);
      const overflow = await s.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(1);
    },
  );

  it('would notice a hard-coded word', async () => {
    await s.page.goto(`${ORIGIN}/?lang=en-XA`);
    await s.page.waitForFunction(() => document.querySelector('.qx-label')?.textContent?.startsWith('['));
    await s.page.evaluate(() =>
      document
        .querySelector('main')!
        .append(Object.assign(document.createElement('p'), { textContent: 'Hard-coded' })),
    );
    expect(await s.page.evaluate(untranslatedText)).toContain('Hard-coded');
  });
});
