import { afterEach, describe, expect, it } from 'vitest';
import { ORIGIN, openSession, type Session } from './browser';
import { SCREENS } from './screens';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('no trace, no leak', () => {
  it('moving through every screen adds no history entry and requests nothing from other origins', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    const before = await s.page.evaluate(() => history.length);
    for (const [name, visit] of Object.entries(SCREENS)) {
      await s.page.evaluate(() => undefined);
      await visit(s.page);
      expect(await s.page.evaluate(() => history.length), name).toBe(before);
      // Back inside the app returns home without touching browser history.
      while (
        await s.page
          .locator('.app-header .header-button >> nth=0')
          .textContent()
          .then((t) => /戻る|Back/.test(t ?? ''))
      ) {
        await s.page.click('.app-header .header-button >> nth=0');
      }
      expect(await s.page.evaluate(() => history.length), `${name} after back`).toBe(before);
    }
    const foreign = s.requests.filter((u) => !u.startsWith(ORIGIN) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(new URL(s.page.url()).pathname).toBe('/');
  });
});
