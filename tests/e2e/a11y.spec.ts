import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { ORIGIN, openSession, type Session } from './browser';
import { SCREENS } from './screens';

let s: Session;
beforeAll(async () => {
  s = await openSession({ serviceWorkers: 'block' });
});
afterAll(() => s.close());

describe.each(['ja', 'en'])('accessibility in %s', (lang) => {
  it.each(Object.keys(SCREENS))('%s has no axe violations', async (name) => {
    await s.page.goto(`${ORIGIN}/?lang=${lang}`);
    await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await SCREENS[name](s.page);
    const result = await new AxeBuilder({ page: s.page }).analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});

describe('touch and zoom', () => {
  it.each(Object.keys(SCREENS))(
    '%s: controls are at least 48 px and nothing scrolls sideways at 320 px, even with text at 200%%',
    async (name) => {
      const narrow = await openSession({ width: 320, height: 700, serviceWorkers: 'block' });
      try {
        await narrow.page.goto(ORIGIN);
        await SCREENS[name](narrow.page);
        const small = await narrow.page.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLElement>(
              'button, select, input:not([type="checkbox"]):not([type="radio"]), .call-button, .qx-button',
            ),
          ]
            .filter((el) => el.offsetParent !== null && !el.closest('.leaflet-container'))
            .map((el) => ({
              el: el.className || el.tagName,
              h: el.getBoundingClientRect().height,
              w: el.getBoundingClientRect().width,
            }))
            .filter((b) => b.h < 47.5 || b.w < 47.5),
        );
        expect(small).toEqual([]);
        // Text at 200% (CSSOM, allowed by the CSP), as a reader's browser setting would do.
        await narrow.page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
        await narrow.page.waitForTimeout(100);
        const overflow = await narrow.page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(1);
      } finally {
        await narrow.close();
      }
    },
  );
});
