// One run per persona group through the real questionnaire at a fixed Tokyo time: the cards the
// person sees first, and what must not be there. The engine's full table is in
// src/engines/recommend-personas.test.ts; these check that the screens show what it says.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ORIGIN, openSession, type Session } from './browser';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** One value per question (several for the needs question; undefined keeps the default / skips). */
type Step = string | string[] | undefined;

async function run(page: Page, at: string, steps: Step[]): Promise<void> {
  await page.clock.setFixedTime(new Date(`${at}:00+09:00`));
  await page.goto(`${ORIGIN}/?lang=en`);
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('.entries [data-screen="questionnaire"]');
  for (const step of steps) {
    await page.waitForSelector('.q-options');
    for (const value of Array.isArray(step) ? step : step ? [step] : [])
      await page.check(`.q-options input[value="${value}"]`);
    await page.click('.q-actions button[type="submit"]');
  }
  await page.waitForSelector('.q-results');
}

/** Cards in the urgent block and the first five, in order. */
const firstSeen = (page: Page) =>
  page
    .locator('[data-testid="danger-now"] [data-window], [data-testid="ranked"] > [data-window]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-window')));

describe('"Which window fits me?": persona groups in the browser', () => {
  it('a 16-year-old hurt by a boyfriend: the dating-violence line and DV相談＋, no line for under-16s', async () => {
    s = await openSession({ locale: 'en-US' });
    await run(s.page, '2026-11-24T16:00', ['no', 'me', '16-17', 'woman', 'dating', 'ja', ['talk']]);
    const ids = await firstSeen(s.page);
    expect(ids).toEqual(expect.arrayContaining(['date-dv-110', 'dv-plus']));
    expect(ids.length).toBeLessThanOrEqual(5);
    expect(await s.page.locator('[data-window="nandemo-kodomo"]').count()).toBe(0);
    expect(await s.page.locator('[data-window="date-dv-110"] [data-status]').count()).toBe(1);
    expect(await s.page.locator('[data-window="dv-plus"] .q-why').textContent()).toContain(
      'For anyone facing violence from a spouse, partner or ex',
    );
  });

  it('a mother with children at night: somewhere safe, and lines for parents kept', async () => {
    s = await openSession({ locale: 'en-US' });
    await run(s.page, '2026-11-25T23:30', [
      'no',
      'me',
      '25-64',
      'woman',
      'ja',
      'yes',
      ['shelter', 'school-childcare'],
    ]);
    const ids = await firstSeen(s.page);
    expect(ids).toEqual(expect.arrayContaining(['dv-plus', 'mother-child-emergency-protection']));
    expect(await s.page.locator('[data-window="dv-plus"] [data-status]').getAttribute('data-status')).toBe(
      'open',
    );
  });

  it('a man who wants to talk and legal advice: a legal window in the first five, nothing for women only', async () => {
    s = await openSession({ locale: 'en-US' });
    await run(s.page, '2026-11-25T10:00', ['no', 'me', '25-64', 'man', 'ja', 'no', ['talk', 'legal']]);
    const ids = await firstSeen(s.page);
    expect(ids).toEqual(expect.arrayContaining(['dv-plus', 'houterasu-support']));
    for (const id of ['moj-women-hotline', 'city-women-line', 'minna-jinken-110'])
      expect(ids).not.toContain(id);
  });

  it('a woman over 65: the abuse line for older people, no school lines', async () => {
    s = await openSession({ locale: 'en-US' });
    await run(s.page, '2026-11-25T10:00', ['no', 'me', '65+', 'woman', 'ja', 'no', ['talk']]);
    const ids = await firstSeen(s.page);
    expect(ids).toEqual(expect.arrayContaining(['dv-plus', 'pref-abuse-7171']));
    for (const id of ['education-consultation', 'yoiko-denwa', 'education-24h-line'])
      expect(ids).not.toContain(id);
  });

  it('a Filipino resident on a public holiday: Tagalog windows with their reasons', async () => {
    s = await openSession({ locale: 'en-US' });
    await run(s.page, '2026-11-23T10:00', ['no', 'me', '25-64', 'woman', 'tl', 'no', ['talk']]);
    const ids = await firstSeen(s.page);
    expect(ids).toEqual(expect.arrayContaining(['dv-plus', 'pref-foreign-centre']));
    expect(await s.page.locator('[data-window="dv-plus"] .q-why').textContent()).toContain(
      'In Tagalog (chat)',
    );
  });

  it('a friend asking for someone else: DV相談＋ first, no line only for children and parents', async () => {
    s = await openSession({ locale: 'en-US' });
    await run(s.page, '2026-11-25T10:00', ['no', 'someone', '25-64', 'woman', 'ja', undefined, undefined]);
    const ids = await firstSeen(s.page);
    expect(ids[0]).toBe('dv-plus');
    expect(await s.page.locator('[data-window="yoiko-denwa"]').count()).toBe(0);
  });

  it('cannot talk now, at night: a way to write first, its trace note, and the sourced note on the relay service', async () => {
    s = await openSession({ locale: 'en-US' });
    await run(s.page, '2026-11-25T23:30', [
      'no',
      'me',
      '25-64',
      'woman',
      'ja',
      'no',
      ['cant-talk-now', 'shelter'],
    ]);
    const ids = await firstSeen(s.page);
    expect(ids[0]).toBe('dv-plus');
    const card = s.page.locator('[data-testid="ranked"] > [data-window="dv-plus"]');
    expect(await card.locator('.q-why').textContent()).toContain('Without speaking: by chat or e-mail');
    await card.locator('a[target="_blank"]').first().click();
    expect(await card.locator('.trace-note').textContent()).toContain('LINE messages stay in the history');
    const note = await s.page.locator('[data-testid="no-speaking"]').textContent();
    expect(note).toContain('1 week to 10 days');
    expect(note).toContain('register in advance');
  });

  it('deaf, needs legal advice: "browse all windows" opens the finder with the answers as filters', async () => {
    s = await openSession({ locale: 'en-US' });
    await run(s.page, '2026-11-25T10:00', [
      'no',
      'me',
      '25-64',
      'man',
      'ja',
      'no',
      ['cant-hear-speak', 'legal'],
    ]);
    const before = await s.page.evaluate(() => history.length);
    await s.page.click('[data-testid="browse-all"]');
    await s.page.waitForSelector('[data-testid="results"]');
    const speaking = s.page.locator('.more-filters input[type="checkbox"]').nth(1);
    expect(await speaking.isChecked()).toBe(true);
    const shown = () =>
      s!.page
        .locator('[data-testid="results"] > [data-window]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-window')));
    expect(await shown()).toContain('dv-plus');
    expect(await shown()).not.toContain('houterasu-support');
    // The person can loosen it.
    await speaking.uncheck();
    await expect.poll(shown).toContain('houterasu-support');
    expect(await s.page.evaluate(() => history.length)).toBe(before);
  });
});
