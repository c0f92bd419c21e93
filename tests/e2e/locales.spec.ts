// Every offered language, in a real browser at 320 px: the start screen, a window, the first
// question and the quick exit speak that language, <html> carries its lang and dir, nothing scrolls
// sideways, and axe finds nothing. One browser for all, to keep the run short.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { completeLocales } from '../../plugins/locale-status';
import { LOCALES, htmlAttrsFor } from '../../src/lib/languages';
import { ORIGIN, openSession, type Session } from './browser';
import { SCREENS } from './screens';

const listed = completeLocales(
  'locales',
  LOCALES.map((l) => l.code),
);

function word(code: string, ns: string, path: string): string | undefined {
  let node: unknown = JSON.parse(readFileSync(`locales/${code}/${ns}.json`, 'utf8'));
  for (const part of path.split('|')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** dv-plus in the reader's language; Japanese readers see the catalogue's own name. */
function dvPlusName(code: string): string {
  const own = word(code, 'windows', 'w|dv-plus|name');
  if (own) return own;
  const windows = JSON.parse(readFileSync('src/data/windows/national.json', 'utf8')) as {
    id: string;
    name: string;
  }[];
  return windows.find((w) => w.id === 'dv-plus')!.name;
}

let s: Session;
beforeAll(async () => {
  s = await openSession({ width: 320, height: 700, serviceWorkers: 'block' });
});
afterAll(() => s.close());

async function open(page: Page, code: string) {
  await page.goto(`${ORIGIN}/?lang=${encodeURIComponent(code)}`);
  const { lang, dir } = htmlAttrsFor(code);
  // ja and ja-x-easy share lang="ja": also wait for this locale's own exit label.
  await page.waitForFunction(
    ([l, d, exit]) =>
      document.documentElement.lang === l &&
      document.documentElement.dir === d &&
      document.querySelector('#quick-exit .qx-label')?.textContent === exit,
    [lang, dir, word(code, 'common', 'exit|label')],
  );
}

async function check(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const heading = (page: Page) => page.locator('main h1').first().innerText();

it('offers Urdu, and the first twelve languages', () => {
  expect(listed).toEqual(
    expect.arrayContaining([
      'ja',
      'ja-x-easy',
      'en',
      'zh-Hans',
      'ko',
      'tl',
      'pt-BR',
      'es',
      'vi',
      'ne',
      'th',
      'id',
      'ur',
    ]),
  );
});

describe.each(listed)('%s', (code) => {
  it('start screen and quick exit', async () => {
    await open(s.page, code);
    expect(await heading(s.page)).toBe(word(code, 'common', 'home|title'));
    expect(await s.page.locator('#quick-exit .qx-label').innerText()).toBe(
      word(code, 'common', 'exit|label'),
    );
    expect(await s.page.locator('.qx-skip').textContent()).toBe(word(code, 'common', 'exit|skip'));
    await check(s.page);
  });

  it('a window', async () => {
    await open(s.page, code);
    await SCREENS.window(s.page);
    expect(await heading(s.page)).toBe(dvPlusName(code));
    await check(s.page);
  });

  it('the first question', async () => {
    await open(s.page, code);
    await SCREENS.questionnaire(s.page);
    expect(await heading(s.page)).toBe(word(code, 'questionnaire', 'q|danger|title'));
    await check(s.page);
  });
});

describe.runIf(listed.includes('ur'))('right to left (Urdu)', () => {
  it('mirrors the layout and the back arrow, keeps numbers and times left to right', async () => {
    await open(s.page, 'ur');
    await SCREENS.window(s.page);
    const facts = await s.page.evaluate(() => {
      const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      const back = document.querySelector('.app-header button')!.getBoundingClientRect();
      return {
        backOnRight: back.left > window.innerWidth / 2,
        arrow: style('.app-header .icon-directional').transform,
        digits: style('.call-digits bdi').direction,
        time: style('.hours .time').direction,
        officialName: style('.official-ja').direction,
      };
    });
    expect(facts).toEqual({
      backOnRight: true,
      arrow: 'matrix(-1, 0, 0, 1, 0, 0)',
      digits: 'ltr',
      time: 'ltr',
      officialName: 'ltr',
    });
  });

  it('keeps the quick exit and the skip link on screen', async () => {
    await open(s.page, 'ur');
    await s.page.keyboard.press('Tab');
    const inView = await s.page.evaluate(() =>
      ['.qx-skip', '#quick-exit'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    );
    expect(inView).toEqual([true, true]);
    expect(await s.page.evaluate(() => document.activeElement?.className)).toBe('qx-skip');
  });

  it('shows the map zoom buttons inside the map, one above the other', async () => {
    await open(s.page, 'ur');
    await SCREENS.map(s.page);
    const boxes = await s.page.evaluate(() =>
      ['.map-canvas', '.leaflet-control-zoom-in', '.leaflet-control-zoom-out'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    const [map, zoomIn, zoomOut] = boxes;
    for (const b of [zoomIn, zoomOut]) {
      expect(b.left).toBeGreaterThanOrEqual(map.left);
      expect(b.right).toBeLessThanOrEqual(map.right);
    }
    expect(zoomOut.top).toBeGreaterThanOrEqual(zoomIn.bottom - 1);
  });
});
