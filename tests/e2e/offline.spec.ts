import { afterEach, describe, expect, it } from 'vitest';
import { ORIGIN, openSession, waitForServiceWorker, type Session } from './browser';
import { SCREENS } from './screens';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('offline after the first visit', () => {
  it.each(['ja', 'en'])('every screen works with the network gone (%s)', async (lang) => {
    s = await openSession();
    await s.page.goto(`${ORIGIN}/?lang=${lang}`);
    await waitForServiceWorker(s.page);
    await s.context.setOffline(true);
    for (const [name, visit] of Object.entries(SCREENS)) {
      const res = await s.page.goto(`${ORIGIN}/?lang=${lang}`);
      expect(res?.fromServiceWorker(), name).toBe(true);
      await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await visit(s.page);
      expect(await s.page.locator('main h1').first().isVisible(), name).toBe(true);
      expect(await s.page.locator('.loading').count(), `${name} still loading`).toBe(0);
    }
  });
});
