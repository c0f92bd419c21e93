import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NEUTRAL_URL } from '../../src/config';
import { ORIGIN, openSession, waitForServiceWorker, type Session } from './browser';
import { SCREENS } from './screens';
import { deviceState, expectNothingStoredOrSent, putStoredRecords, storedPrefs } from './device';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

async function openSettings(page: Page) {
  await page.goto(ORIGIN);
  await SCREENS.settings(page);
}

describe('discreet by design', () => {
  // Walks every screen (over twenty now): more time than one screen's test needs.
  it('stores nothing after every screen is used without opting in, and trips no CSP rule', async () => {
    s = await openSession();
    await s.context.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    for (const [name, visit] of Object.entries(SCREENS)) {
      await s.page.goto(ORIGIN);
      await visit(s.page);
      expect(await s.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), name).toEqual([]);
    }
    await expectNothingStoredOrSent(s);
  }, 150_000);

  it('after opting in, "erase everything" leaves no database, cache or service worker, then leaves', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await waitForServiceWorker(s.page);
    await SCREENS.settings(s.page);
    await s.page.check('[data-testid="remember"]');
    await expect.poll(async () => (await deviceState(s!)).databases).toContain('calc');
    expect((await deviceState(s)).caches.length).toBeGreaterThan(0);
    await s.page.click('[data-testid="erase"]');
    await s.page.click('[data-testid="erase-confirm"]');
    await s.page.waitForURL(`${NEUTRAL_URL}**`);
    const state = await deviceState(s);
    expect(state).toEqual({ databases: [], caches: [], workers: 0, local: 0, session: 0, cookies: '' });
  });

  it('choosing a disguise swaps the manifest, icons and title', async () => {
    s = await openSession();
    await openSettings(s.page);
    await s.page.check('input[name="identity"][value="units"]');
    expect(await s.page.getAttribute('link[rel="manifest"]', 'href')).toBe('/m/units.webmanifest');
    expect(await s.page.getAttribute('meta[name="apple-mobile-web-app-title"]', 'content')).toBe('単位換算');
    expect(await s.page.title()).toBe('単位換算');
    const manifest = await s.page.evaluate(() =>
      fetch('/m/units.webmanifest').then((r) => r.json() as Promise<{ start_url: string; name: string }>),
    );
    expect(manifest).toMatchObject({ name: '単位換算', start_url: '/?app=units' });
  });

  it('an installed launch with a disguise opens on the working cover, and the code unlocks it', async () => {
    s = await openSession();
    await openSettings(s.page);
    await s.page.check('[data-testid="remember"]');
    await s.page.check('input[name="identity"][value="calc"]');
    await s.page.fill('[data-testid="unlock-code"]', '2580');
    await s.page.click('text=このコードにする');
    await expect.poll(async () => (await storedPrefs(s!)).unlockCode).toBe('2580');

    const app = await s.context.newPage();
    const cdp = await s.context.newCDPSession(app);
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'display-mode', value: 'standalone' }],
    });
    await app.goto(`${ORIGIN}/?app=calc`);
    await app.waitForSelector('.calculator');
    expect(await app.locator('.line-card').count()).toBe(0);
    expect(await app.title()).toBe('電卓');
    for (const key of ['7', '+', '1', '=']) await app.click(`.calc-key >> text="${key}"`);
    expect(await app.locator('.calc-display').textContent()).toBe('8');
    for (const key of ['2', '5', '8', '0', '=']) await app.click(`.calc-key >> text="${key}"`);
    await app.waitForSelector('.line-card');
    // Switching to another app returns to the cover (on by default with a disguise).
    await app.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await app.waitForSelector('.calculator');
    expect(await app.locator('.line-card').count()).toBe(0);
  });

  it('practising the exit blanks and shows the cover without leaving', async () => {
    s = await openSession();
    await openSettings(s.page);
    const before = await s.page.evaluate(() => history.length);
    await s.page.click('[data-testid="practise"]');
    await s.page.waitForSelector('.practice-banner');
    expect(s.page.url()).toBe(`${ORIGIN}/`);
    expect(await s.page.evaluate(() => history.length)).toBe(before);
    await s.page.click('.practice-banner button');
    await s.page.waitForSelector('.settings');
  });

  it('keeps a window on the start screen only after "remember" is on, and across visits', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await SCREENS.window(s.page);
    // Not remembering: no save button, only the way to settings.
    expect(await s.page.locator('[data-testid="save-window"]').count()).toBe(0);
    await s.page.click('.save-hint .link-button');
    await s.page.check('[data-testid="remember"]');
    await expect.poll(async () => Object.keys(await storedPrefs(s!)).length).toBeGreaterThan(0);
    await s.page.goto(ORIGIN);
    await SCREENS.window(s.page);
    await s.page.click('[data-testid="save-window"]');
    await expect.poll(async () => (await storedPrefs(s!)).saved).toEqual(['dv-plus']);
    await s.page.goto(ORIGIN);
    await s.page.waitForSelector('#saved-title');
    await s.page.click('section[aria-labelledby="saved-title"] .entry');
    await s.page.waitForSelector('.window-detail[data-window="dv-plus"]');
  });

  it('a corrupt stored record is dropped and the app still starts with help', async () => {
    s = await openSession();
    await openSettings(s.page);
    await s.page.check('[data-testid="remember"]');
    await expect.poll(async () => (await deviceState(s!)).databases).toContain('calc');
    await putStoredRecords(s.page, [
      ['language', { not: 'a language' }],
      ['identity', '<script>'],
      ['mystery', 42],
    ]);
    await s.page.goto(ORIGIN);
    await s.page.waitForSelector('.line-card');
    await s.page.waitForFunction(() => document.documentElement.classList.contains('shell-ready'));
    expect(await s.page.locator('h1').textContent()).toBe('相談できる窓口');
  });
});
