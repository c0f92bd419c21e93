import { afterEach, describe, expect, it } from 'vitest';
import { ORIGIN, openSession, type Session } from './browser';
import { SCREENS } from './screens';
import { expectNothingStoredOrSent } from './device';

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

  it('the phrase card keeps the typed address in memory only: nothing stored, gone after Back', async () => {
    s = await openSession({ locale: 'en-US' });
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await s.page.click('.danger [data-phrases="police-110"]');
    const field = s.page.locator('[data-testid="address-field"]');
    await field.fill('さいたま市浦和区1-2-3');
    expect(await field.getAttribute('autocomplete')).toBe('off');
    expect(await s.page.locator('form').count()).toBe(0);
    expect(await s.page.locator('.phrase-address').textContent()).toContain('浦和区1-2-3');
    const stored = await s.page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: [] });
    await s.page.click('.app-header .header-button >> nth=0');
    await s.page.click('.danger [data-phrases="police-110"]');
    expect(await s.page.locator('[data-testid="address-field"]').inputValue()).toBe('');
  });

  it('a safety plan, a pocket card and a shared message made without opting in store nothing and send nothing', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await SCREENS['safety-plan'](s.page);
    await s.page.check('[data-step="talk"] input');
    await s.page.fill('[data-testid="own-line-staying"]', 'bag at work');
    await s.page.click('[data-phase="staying"] .sp-add button');
    await s.page.waitForSelector('.sp-own');
    await s.page.goto(ORIGIN);
    await SCREENS['pocket-card-filled'](s.page);
    await s.page.fill('[data-testid="card-heading"]', 'Notes');
    await s.page.goto(ORIGIN);
    await SCREENS['share-help'](s.page);
    await s.page.click('[data-testid="share"]').catch(() => undefined);
    await expectNothingStoredOrSent(s);
  });
});
