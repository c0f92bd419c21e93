import { afterEach, describe, expect, it } from 'vitest';
import { ORIGIN, openSession, waitForServiceWorker, type Session } from './browser';
import { SCREENS } from './screens';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('bad input and hostile conditions', () => {
  it('installs: the manifest parses and Chromium reports no installability errors', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await waitForServiceWorker(s.page);
    const cdp = await s.context.newCDPSession(s.page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
  });

  it('a locale file that fails to load or parse falls back to other strings, never a blank screen', async () => {
    s = await openSession({ serviceWorkers: 'block' });
    await s.context.route('**/locales/en/common.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{ not json' }),
    );
    await s.context.route('**/locales/en/finder.json', (route) =>
      route.fulfill({ status: 500, body: 'oops' }),
    );
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await s.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect((await s.page.locator('main h1').textContent())?.trim()).toBeTruthy();
    expect(await s.page.locator('a[href="tel:110"]').isVisible()).toBe(true);
    await SCREENS.finder(s.page);
    const heading = (await s.page.locator('main h1').textContent()) ?? '';
    expect(heading).not.toBe('title');
    expect(heading.length).toBeGreaterThan(2);
  });

  it('works when storage is unavailable (private mode, blocked IndexedDB and Web Storage)', async () => {
    s = await openSession({ serviceWorkers: 'block' });
    await s.context.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.defineProperty(window, 'indexedDB', { get: blocked });
      Object.defineProperty(window, 'localStorage', { get: blocked });
      Object.defineProperty(window, 'sessionStorage', { get: blocked });
    });
    const errors: string[] = [];
    s.page.on('pageerror', (e) => errors.push(e.message));
    await s.page.goto(ORIGIN);
    await s.page.waitForSelector('.line-card');
    await SCREENS.settings(s.page);
    await s.page.check('[data-testid="remember"]');
    await s.page.check('input[name="identity"][value="timer"]');
    expect(await s.page.title()).toBe('タイマー');
    await s.page.click('.app-header .header-button >> nth=0');
    await SCREENS['questionnaire-results'](s.page);
    expect(errors).toEqual([]);
  });
});
