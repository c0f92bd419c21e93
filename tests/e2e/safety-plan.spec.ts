// The safety plan lives in memory unless kept with "remember" + an unlock code; the pocket card
// prints alone; sharing sends a neutral message and the bare origin. Nothing leaves the device.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NEUTRAL_URL } from '../../src/config';
import { revealingWordsIn } from '../fixtures/revealing-words';
import { ORIGIN, openSession, type Session } from './browser';
import { deviceState, putStoredRecords, storedPrefs } from './device';
import { SCREENS } from './screens';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const step = (p: Page, id: string) => p.locator(`[data-step="${id}"] input[type="checkbox"]`);
const own = (p: Page) => p.locator('.sp-own');

async function fillPlan(p: Page) {
  await SCREENS['safety-plan'](p);
  await step(p, 'talk').check();
  await p.fill('[data-testid="own-line-leaving"]', 'spare key with K');
  await p.click('[data-phase="leaving"] .sp-add button');
  await p.waitForSelector('.sp-own');
}

async function backHome(p: Page) {
  await p.click('.app-header .header-button >> nth=0');
  await p.waitForSelector('.entries [data-screen="safety-plan"]');
}

async function rememberWithCode(p: Page) {
  await SCREENS.settings(p);
  await p.check('[data-testid="remember"]');
  await p.fill('[data-testid="unlock-code"]', '2580');
  await p.click('text=このコードにする');
  await backHome(p);
}

describe('safety plan', () => {
  it('ticks and own lines survive moving between screens, and are gone after the quick exit and a new tab', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await fillPlan(s.page);
    await backHome(s.page);
    await SCREENS.finder(s.page);
    await backHome(s.page);
    await SCREENS['safety-plan'](s.page);
    expect(await step(s.page, 'talk').isChecked()).toBe(true);
    expect(await own(s.page).textContent()).toContain('spare key with K');

    await s.page.click('[data-testid="quick-exit"]');
    await s.page.waitForURL(`${NEUTRAL_URL}**`);
    await s.page.goto(ORIGIN);
    await SCREENS['safety-plan'](s.page);
    expect(await step(s.page, 'talk').isChecked()).toBe(false);
    expect(await own(s.page).count()).toBe(0);

    await s.page.goto(ORIGIN);
    await fillPlan(s.page);
    const tab = await s.context.newPage();
    await tab.goto(ORIGIN);
    await SCREENS['safety-plan'](tab);
    expect(await step(tab, 'talk').isChecked()).toBe(false);
    expect(await own(tab).count()).toBe(0);

    expect((await deviceState(s)).databases).toEqual([]);
    expect(s.requests.filter((u) => !u.startsWith(ORIGIN) && !u.startsWith(NEUTRAL_URL))).toEqual([]);
  });

  it('"remember" alone keeps no safety plan; with an unlock code and the box ticked it is kept, then erased', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await SCREENS.settings(s.page);
    await s.page.check('[data-testid="remember"]');
    await backHome(s.page);
    await SCREENS['safety-plan'](s.page);
    expect(await s.page.locator('[data-testid="keep-safety-plan"]').count()).toBe(0);
    await step(s.page, 'address').check();
    await backHome(s.page);

    await rememberWithCode(s.page);
    await SCREENS['safety-plan'](s.page);
    expect(await step(s.page, 'address').isChecked()).toBe(true);
    expect((await storedPrefs(s)).safetyPlan).toBeUndefined();
    await s.page.check('[data-testid="keep-safety-plan"]');
    await s.page.fill('[data-testid="own-line-after"]', 'call M on Sunday');
    await s.page.click('[data-phase="after"] .sp-add button');
    await expect
      .poll(async () => (await storedPrefs(s!)).safetyPlan)
      .toEqual({
        ticked: ['address'],
        own: [{ id: 'l0', phase: 'after', text: 'call M on Sunday', ticked: false }],
      });

    await s.page.goto(ORIGIN);
    await s.page.waitForFunction(() => document.documentElement.classList.contains('shell-ready'));
    await SCREENS['safety-plan'](s.page);
    expect(await step(s.page, 'address').isChecked()).toBe(true);
    expect(await own(s.page).textContent()).toContain('call M on Sunday');

    await backHome(s.page);
    await SCREENS.settings(s.page);
    await s.page.click('[data-testid="erase"]');
    await s.page.click('[data-testid="erase-confirm"]');
    await s.page.waitForURL(`${NEUTRAL_URL}**`);
    expect((await deviceState(s)).databases).toEqual([]);
    await s.page.goto(ORIGIN);
    await SCREENS['safety-plan'](s.page);
    expect(await step(s.page, 'address').isChecked()).toBe(false);
    expect(await own(s.page).count()).toBe(0);
  });

  it('a corrupt stored safety plan is dropped and the screen still works', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await rememberWithCode(s.page);
    await expect.poll(async () => (await storedPrefs(s!)).unlockCode).toBe('2580');
    await putStoredRecords(s.page, [['safetyPlan', { ticked: 'everything', own: [{ text: '<img>' }] }]]);
    await s.page.goto(ORIGIN);
    await s.page.waitForFunction(() => document.documentElement.classList.contains('shell-ready'));
    await SCREENS['safety-plan'](s.page);
    expect(await s.page.locator('[data-step] input:checked').count()).toBe(0);
    expect(await own(s.page).count()).toBe(0);
    const stored = await storedPrefs(s);
    expect(stored.unlockCode).toBe('2580');
    expect(stored.safetyPlan).toBeUndefined();
  });
});

describe('pocket card', () => {
  it('prints the card alone, with neutral words, and saves an image with a neutral name', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await SCREENS['pocket-card-filled'](s.page);
    const card = s.page.locator('[data-testid="pocket-card"]');
    const cardText = (await card.innerText()).trim();
    expect(cardText).toContain('0120-279-889');
    expect(revealingWordsIn(cardText)).toEqual([]);

    await s.page.emulateMedia({ media: 'print' });
    expect((await s.page.locator('body').innerText()).trim()).toBe(cardText);
    expect(await s.page.locator('[data-testid="quick-exit"]').isVisible()).toBe(false);
    await s.page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.click('[data-testid="save-image"]'),
    ]);
    expect(download.suggestedFilename()).toBe('memo.png');
    expect(s.requests.filter((u) => !u.startsWith(ORIGIN) && !u.startsWith('blob:'))).toEqual([]);
    expect((await deviceState(s)).databases).toEqual([]);
  });

  it('a label the person types replaces the default one', async () => {
    s = await openSession({ locale: 'en-US' });
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await SCREENS['pocket-card-filled'](s.page);
    await s.page.fill('[data-label-for="dv-plus"]', 'Aunt K');
    expect(await s.page.locator('[data-testid="pocket-card"]').innerText()).toContain('Aunt K');
  });
});

describe('share help', () => {
  it.each(['ja', 'en'])(
    'shares a neutral message and the bare origin through the share sheet (%s)',
    async (lang) => {
      s = await openSession();
      await s.context.addInitScript(() => {
        const w = window as unknown as { __shared: ShareData[] };
        w.__shared = [];
        Object.defineProperty(navigator, 'share', {
          configurable: true,
          value: (data: ShareData) => {
            w.__shared.push(data);
            return Promise.resolve();
          },
        });
      });
      await s.page.goto(`${ORIGIN}/?lang=${lang}`);
      await SCREENS['share-help'](s.page);
      await s.page.click('[data-testid="share"]');
      const shared = await s.page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
      expect(shared).toHaveLength(1);
      const url = new URL(shared[0].url!);
      expect([url.origin, url.pathname, url.search, url.hash]).toEqual([ORIGIN, '/', '', '']);
      expect(shared[0].url).toBe(ORIGIN);
      expect(revealingWordsIn(`${shared[0].text} ${shared[0].url}`)).toEqual([]);
      expect(await s.page.locator('.share-help [role="status"]').textContent()).not.toBe('');
      expect((await deviceState(s)).databases).toEqual([]);
    },
  );

  it('without a share sheet, copies the same neutral text', async () => {
    s = await openSession();
    await s.context.addInitScript(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (w.__copied.push(t), Promise.resolve()) },
      });
    });
    await s.page.goto(ORIGIN);
    await SCREENS['share-help'](s.page);
    await s.page.click('[data-testid="share"]');
    const copied = await s.page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toHaveLength(1);
    expect(copied[0].endsWith(`\n${ORIGIN}`)).toBe(true);
    expect(revealingWordsIn(copied[0])).toEqual([]);
  });
});
