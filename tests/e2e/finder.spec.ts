import { afterEach, describe, expect, it } from 'vitest';
import { ORIGIN, openSession, type Session } from './browser';
import { SCREENS } from './screens';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('find help', () => {
  it('finder → detail → the call link dials exactly the sourced number, after the call-trace note', async () => {
    s = await openSession();
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await SCREENS.finder(s.page);
    await s.page.fill('input[type="search"]', 'soudan plus');
    await s.page.click('[data-window="dv-plus"] .card-link');
    await s.page.waitForSelector('.window-detail');
    expect(await s.page.locator('.official-ja').textContent()).toBe('DV相談＋（プラス）');
    const call = s.page.locator('.channel a[href="tel:0120279889"]').first();
    expect(await s.page.locator('.channel .call-digits').first().textContent()).toContain('0120-279-889');
    // The first call of a visit shows what a call leaves behind instead of dialling.
    await call.click();
    await s.page.waitForSelector('.trace-note');
    expect(await s.page.locator('.trace-note a[href="tel:0120279889"]').count()).toBe(1);
  });

  it('short numbers with # are escaped in the link and shown in full beside it', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    expect(await s.page.locator('a[href="tel:%238008"]').count()).toBe(1);
    expect(await s.page.locator('[data-window="dv-navi-8008"] .call-digits').textContent()).toContain(
      '#8008',
    );
  });

  it('a window with no confirmed number says so and routes to lines that work', async () => {
    s = await openSession();
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await SCREENS['window-unknown'](s.page);
    expect(await s.page.locator('.unknown').first().textContent()).toContain('could not be confirmed');
    expect(await s.page.locator('.route a[href="tel:%238008"]').count()).toBe(1);
    expect(await s.page.locator('.route a[href="tel:0120279889"]').count()).toBe(1);
  });

  it('shows open or closed for a fixed clock', async () => {
    s = await openSession();
    // Tuesday 2026-11-24 10:00 in Tokyo: With You さいたま's DV line (Mon–Wed, Fri–Sat 9:30–20:30) is open.
    await s.page.clock.setFixedTime(new Date('2026-11-24T10:00:00+09:00'));
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await SCREENS.finder(s.page);
    await s.page.fill('input[type="search"]', 'With You');
    const badge = s.page.locator('[data-window="withyou-dv"] .status');
    await expect.poll(() => badge.getAttribute('data-status')).toBe('open');
    expect(await badge.textContent()).toContain('until');
    // Thursday is not one of its days.
    await s.page.clock.setFixedTime(new Date('2026-11-26T10:00:00+09:00'));
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await SCREENS.finder(s.page);
    await s.page.fill('input[type="search"]', 'With You');
    await expect.poll(() => badge.getAttribute('data-status')).toBe('closed');
    expect(await badge.textContent()).toMatch(/opens/i);
  });

  it('an empty result still offers the 24-hour lines and #8008', async () => {
    s = await openSession();
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await SCREENS.finder(s.page);
    await s.page.fill('input[type="search"]', 'zzzz nothing matches');
    await s.page.waitForSelector('.fallback');
    expect(await s.page.locator('.fallback [data-window="dv-plus"]').count()).toBe(1);
    expect(await s.page.locator('.fallback [data-window="dv-navi-8008"]').count()).toBe(1);
  });

  it('the plan browser shows all 57 programmes and finds one', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    await SCREENS.plan(s.page);
    expect(await s.page.locator('.programme').count()).toBe(57);
    await s.page.fill('.plan input[type="search"]', 'デートＤＶ');
    await expect.poll(() => s!.page.locator('.programme').count()).toBeLessThan(57);
    expect(await s.page.locator('[data-programme="7"]').count()).toBe(1);
  });
});
