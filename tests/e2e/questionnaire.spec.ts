import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NEUTRAL_URL } from '../../src/config';
import { ORIGIN, openSession, type Session } from './browser';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const h1 = (page: Page) => page.locator('main h1').textContent();
const progress = (page: Page) => page.locator('.q-progress-text').textContent();

async function start(page: Page, lang: 'en' | 'ja') {
  await page.goto(lang === 'en' ? `${ORIGIN}/?lang=en` : ORIGIN);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.click('.entries [data-screen="questionnaire"]');
  await page.waitForSelector('.q-options');
}

/** Picks an option by value and goes on; returns the question's heading. */
async function answer(page: Page, value?: string): Promise<string> {
  const title = (await h1(page)) ?? '';
  if (value) await page.check(`.q-options input[value="${value}"]`);
  await page.click('.q-actions button[type="submit"]');
  return title;
}

/** A 16-year-old in a dating relationship who reads Tagalog, in danger: every question, then the results. */
async function fullRun(page: Page): Promise<string[]> {
  await page.check('.q-options input[value="yes"]');
  await page.waitForSelector('[data-testid="danger-now"]');
  // One tap to 110, before anything else on the way.
  expect(await page.locator('main a[href^="tel:"]').first().getAttribute('href')).toBe('tel:110');
  const titles = [await answer(page)];
  titles.push(await answer(page, 'me'));
  titles.push(await answer(page, '16-17'));
  expect(await progress(page)).toBe('4 / 7');
  titles.push(await answer(page, 'woman'));
  titles.push(await answer(page, 'dating'));
  titles.push(await answer(page, 'tl'));
  await page.check('.q-options input[value="talk"]');
  titles.push(await answer(page, 'shelter'));
  await page.waitForSelector('.q-results');
  return titles;
}

describe('"Which window fits me?" in the browser', () => {
  it('a full run in English: 7 questions, 110 first, the dating-violence line among the first five with reasons', async () => {
    s = await openSession({ locale: 'en-US' });
    await start(s.page, 'en');
    const before = await s.page.evaluate(() => history.length);
    const titles = await fullRun(s.page);
    expect(titles).toHaveLength(7);
    expect(titles).toContain('Who is the person hurting you?');
    expect(await h1(s.page)).toBe('Windows that may fit you');
    expect(
      await s.page.locator('[data-testid="danger-now"] a[href^="tel:"]').first().getAttribute('href'),
    ).toBe('tel:110');
    const dating = s.page.locator('[data-testid="ranked"] > [data-window="date-dv-110"]');
    expect(await dating.textContent()).toContain('dating violence');
    expect(await s.page.locator('[data-window="dv-plus"]').first().textContent()).toContain(
      'In Tagalog (chat)',
    );
    expect(await s.page.locator('[data-testid="fallback"] a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await s.page.evaluate(() => history.length)).toBe(before);
  });

  it('a full run in Japanese, then one answer changed without starting over', async () => {
    s = await openSession();
    await start(s.page, 'ja');
    expect(await h1(s.page)).toBe('いま、あなたやだれかに危険がせまっていますか？');
    await fullRun(s.page);
    expect(await h1(s.page)).toBe('あなたに合いそうな窓口');
    expect(await s.page.locator('[data-window="date-dv-110"]').first().textContent()).toContain('デートDV');
    await s.page.click('.q-answers summary');
    await s.page.click('[data-question="about"] button');
    await s.page.waitForSelector('.q-options input[value="someone"]');
    await answer(s.page, 'someone');
    await s.page.waitForSelector('.q-results');
    expect(await s.page.locator('[data-question="about"] dd').first().textContent()).toBe(
      'ほかの人のこと（友だち・家族など）',
    );
  });

  it('quick exit from the middle of the questions leaves nothing in storage', async () => {
    s = await openSession({ locale: 'en-US' });
    await start(s.page, 'en');
    await answer(s.page, 'no');
    await answer(s.page, 'me');
    await answer(s.page, '25-64');
    expect(await progress(s.page)).toBe('4 / 7');
    await s.page.click('[data-testid="quick-exit"]');
    await s.page.waitForURL(`${NEUTRAL_URL}**`);
    const fresh = await s.context.newPage();
    await fresh.goto(ORIGIN);
    await fresh.waitForSelector('.line-card');
    const stored = await fresh.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    expect(stored).toEqual({ databases: [], local: 0, session: 0 });
    // And the questions start afresh: nothing was remembered.
    await fresh.click('.entries [data-screen="questionnaire"]');
    await fresh.waitForSelector('.q-options');
    expect(await fresh.locator('.q-progress-text').textContent()).toBe('1 / 7');
    expect(await fresh.locator('.q-options input:checked').count()).toBe(0);
  });
});
