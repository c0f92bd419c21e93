import { afterEach, describe, expect, it } from 'vitest';
import { NEUTRAL_URL } from '../../src/config';
import { ORIGIN, openSession, waitForServiceWorker, type Session } from './browser';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const exitLink = '[data-testid="quick-exit"]';

async function delayNeutral(session: Session): Promise<{ referer: () => string | undefined }> {
  let referer: string | undefined = 'not requested';
  await session.context.unroute(`${NEUTRAL_URL}**`);
  await session.context.route(`${NEUTRAL_URL}**`, async (route) => {
    referer = route.request().headers()['referer'];
    await new Promise((r) => setTimeout(r, 800));
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>forecast</title>' });
  });
  return { referer: () => referer };
}

async function expectExited(session: Session, historyBefore: number) {
  await session.page.waitForURL(`${NEUTRAL_URL}**`);
  expect(await session.page.evaluate(() => history.length)).toBe(historyBefore);
  // Back does not lead into the app: the app's entry was replaced.
  const back = await session.page.goBack().catch(() => null);
  expect(back?.url() ?? session.page.url()).not.toContain(ORIGIN);
}

describe('crisis shell', () => {
  it('paints 110, the two national lines and the exit link with JavaScript off', async () => {
    s = await openSession({ javaScriptEnabled: false, serviceWorkers: 'block' });
    await s.page.goto(ORIGIN);
    await expect.poll(() => s!.page.locator('a[href="tel:110"]').isVisible()).toBe(true);
    expect(await s.page.locator('a[href="tel:0120279889"]').count()).toBe(1);
    expect(await s.page.locator('a[href="tel:%238008"]').count()).toBe(1);
    const exit = s.page.locator(exitLink);
    expect(await exit.getAttribute('href')).toBe(NEUTRAL_URL);
    expect(await exit.getAttribute('rel')).toContain('noreferrer');
    expect(await s.page.title()).toBe('電卓');
    const box = await exit.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    expect(box!.width).toBeGreaterThanOrEqual(48);
  });

  it('quick exit by click hides everything at once, replaces the page and sends no Referer', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    const neutral = await delayNeutral(s);
    const before = await s.page.evaluate(() => history.length);
    await s.page.evaluate(() => sessionStorage.setItem('probe', '1'));
    // Click and look in the same task: before the neutral page has even been requested, the app
    // must already be hidden, the title blank and session storage empty.
    const state = await s.page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-testid="quick-exit"]')!.click();
      return {
        hidden: getComputedStyle(document.getElementById('app')!).display === 'none',
        title: document.title.trim().replace(/\u200b/g, ''),
        session: sessionStorage.length,
      };
    });
    expect(state).toEqual({ hidden: true, title: '', session: 0 });
    await expectExited(s, before);
    expect(neutral.referer()).toBeUndefined();
  });

  it('quick exit: the finger going down hides the page; a scroll from the bar brings it back; a tap leaves', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await s.page.waitForFunction(() => document.documentElement.classList.contains('shell-ready'));
    const cdp = await s.context.newCDPSession(s.page);
    const box = (await s.page.locator(exitLink).boundingBox())!;
    const at = (dy = 0) => [{ x: box.x + box.width / 2, y: box.y + box.height / 2 + dy }];
    // Everything the page shows is inside <body> (the exit bar too): at opacity 0 only the plain
    // page colour is left.
    const shown = () =>
      s!.page.evaluate(() => ({
        opacity: getComputedStyle(document.body).opacity,
        title: document.title,
      }));
    const title = await s.page.title();

    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at() });
    // The title stays the neutral one it always is (the exit itself blanks it).
    expect(await shown()).toEqual({ opacity: '0', title });
    // The finger slides up the screen: a scroll, not a tap. The page comes back, nothing is left.
    for (let dy = -20; dy >= -300; dy -= 40)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(dy) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(shown, { timeout: 2000 }).toEqual({ opacity: '1', title });
    expect(s.page.url()).toContain(ORIGIN);

    // Once the scroll has come to rest (a touch during a fling only stops it), a tap leaves.
    await s.page.waitForTimeout(1000);
    const before = await s.page.evaluate(() => history.length);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at() });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expectExited(s, before);
  });

  it('quick exit by Shift pressed three times (Shift used as a modifier does not count)', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await s.page.waitForFunction(() => document.documentElement.lang === 'ja');
    const before = await s.page.evaluate(() => history.length);
    await s.page.keyboard.press('Shift');
    await s.page.keyboard.press('Shift+KeyA');
    await s.page.keyboard.press('Shift');
    expect(s.page.url()).toContain(ORIGIN);
    expect(await s.page.locator('#qx-status').textContent()).toContain('Shift');
    await s.page.keyboard.press('Shift');
    await s.page.keyboard.press('Shift');
    await expectExited(s, before);
  });

  it('quick exit by Esc pressed twice, but not while typing in a field', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await s.page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe-input';
      document.getElementById('main')!.prepend(input);
    });
    await s.page.focus('#probe-input');
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Escape');
    expect(s.page.url()).toContain(ORIGIN);
    await s.page.evaluate(() => (document.activeElement as HTMLElement).blur());
    const before = await s.page.evaluate(() => history.length);
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Escape');
    await expectExited(s, before);
  });

  it('works offline after the first visit, and the exit then shows the cover', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await waitForServiceWorker(s.page);
    await s.context.setOffline(true);
    const res = await s.page.reload();
    expect(res?.fromServiceWorker()).toBe(true);
    await expect.poll(() => s!.page.locator('a[href="tel:0120279889"]').isVisible()).toBe(true);
    await s.page.click(exitLink);
    await s.page.waitForSelector('.calculator');
    expect(s.page.url()).toContain(ORIGIN);
    expect(await s.page.locator('.line-card').count()).toBe(0);
    await s.page.click('.calc-key >> text=7');
    await s.page.click('.calc-key >> text=×');
    await s.page.click('.calc-key >> text=6');
    await s.page.click('.calc-key >> text==');
    expect(await s.page.locator('.calc-display').textContent()).toBe('42');
  });

  it('a return from the back/forward cache shows the cover, never the last screen', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await s.page.waitForSelector('.line-card');
    await s.page.evaluate(() =>
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
    );
    await s.page.waitForSelector('.calculator');
    expect(await s.page.locator('.line-card').count()).toBe(0);
  });

  it('?lang= picks the language, the address is cleaned, <html lang> follows', async () => {
    s = await openSession();
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await s.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await s.page.locator('h1').textContent()).toBe('Places you can ask for help');
    expect(await s.page.locator('#quick-exit .qx-label').textContent()).toBe('Exit now');
    expect(new URL(s.page.url()).search).toBe('');
    // Cleaning the address replaced the entry: as many entries as a plain visit makes.
    const plain = await s.context.newPage();
    await plain.goto(ORIGIN);
    expect(await s.page.evaluate(() => history.length)).toBe(await plain.evaluate(() => history.length));
  });

  it('an unknown ?lang= is ignored and the browser language is used', async () => {
    s = await openSession({ locale: 'en-US' });
    await s.page.goto(`${ORIGIN}/?lang=xx-YY`);
    await s.page.waitForFunction(() => document.documentElement.lang === 'en');
  });
  it('left and right Shift mixed (one still held) count; Shift typed in a text field does not', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await s.page.waitForSelector('.line-card');
    await s.page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe-input';
      document.getElementById('main')!.prepend(input);
    });
    await s.page.focus('#probe-input');
    for (let i = 0; i < 4; i++) await s.page.keyboard.press('Shift');
    expect(s.page.url()).toContain(ORIGIN);
    await s.page.evaluate(() => (document.activeElement as HTMLElement).blur());
    const before = await s.page.evaluate(() => history.length);
    await s.page.keyboard.down('ShiftLeft');
    await s.page.keyboard.down('ShiftRight');
    await s.page.keyboard.up('ShiftLeft');
    await s.page.keyboard.up('ShiftRight');
    await s.page.keyboard.press('ShiftLeft');
    await expectExited(s, before);
  });

  it('Esc closes the language picker, and Esc twice with it open leaves', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await s.page.waitForSelector('.line-card');
    const openPicker = async () => {
      await s!.page.locator('.app-header .header-button').last().click();
      await s!.page.waitForSelector('.screen-language');
    };
    await openPicker();
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('.screen-home');
    expect(s.page.url()).toContain(ORIGIN);
    await s.page.waitForTimeout(1100);
    await openPicker();
    const before = await s.page.evaluate(() => history.length);
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Escape');
    await expectExited(s, before);
  });

  it('in an installed app window the exit puts the neutral cover on first, then leaves', async () => {
    s = await openSession();
    await s.page.goto(`${ORIGIN}/?app=calc`);
    await s.page.waitForSelector('.line-card');
    const seen: string[] = [];
    await s.page.exposeFunction('reportCover', () => seen.push('cover shown'));
    await s.page.evaluate(() => {
      // The cover counts as shown once it is rendered and the page is no longer hidden.
      const report = () => {
        if (
          document.querySelector('.calculator') &&
          !document.documentElement.className.includes('qx-hidden')
        )
          void (window as unknown as { reportCover(): void }).reportCover();
      };
      new MutationObserver(report).observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
    await s.context.unroute(`${NEUTRAL_URL}**`);
    await s.context.route(`${NEUTRAL_URL}**`, async (route) => {
      seen.push('neutral requested');
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>forecast</title>' });
    });
    await s.page.click(exitLink);
    await s.page.waitForURL(`${NEUTRAL_URL}**`);
    expect(seen[0]).toBe('cover shown');
    expect(seen).toContain('neutral requested');
  });

  it('the exit control is named by its visible label first, then says where it leads', async () => {
    for (const [lang, label] of [
      ['ja', 'すぐ離れる'],
      ['en', 'Exit now'],
    ]) {
      s = await openSession();
      await s.page.goto(`${ORIGIN}/?lang=${lang}`);
      await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const snapshot = await s.page.locator(exitLink).ariaSnapshot();
      const name = /link "([^"]+)"/.exec(snapshot)?.[1] ?? '';
      expect(name.startsWith(label), name).toBe(true);
      expect(name.length).toBeGreaterThan(label.length + 4);
      expect(await s.page.locator(exitLink).getAttribute('aria-label')).toBeNull();
      await s.close();
      s = undefined;
    }
  });
});
