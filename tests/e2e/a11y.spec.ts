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
