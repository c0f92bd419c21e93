// Which languages each way of reaching help answers in, the start screen's "in your language",
// phrase cards, and the official name beside every translated window name.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, openSession, type Session } from './browser';
import { SCREENS } from './screens';
import { LOCALES } from '../../src/lib/languages';

const NON_JA = LOCALES.map((l) => l.code).filter((c) => c !== 'ja');
const words = (lng: string) =>
  JSON.parse(readFileSync(`locales/${lng}/langs.json`, 'utf8')) as {
    note: { japaneseOnly: string; kind: { tel: string } };
  };

let s: Session;
beforeAll(async () => {
  s = await openSession({ width: 320 });
});
afterAll(async () => {
  await s.close();
});

async function home(lng: string) {
  await s.page.goto(`${ORIGIN}/?lang=${lng}`);
  await s.page.waitForFunction(
    (l) => document.documentElement.lang === l,
    LOCALES.find((x) => x.code === lng)!.htmlLang,
  );
  // The live section (its prerendered copy has no language notes yet).
  await s.page.waitForSelector('section.in-your-language.live h2');
  await s.page.waitForSelector('.lang-note');
}

describe('the start screen in each language but Japanese', () => {
  it.each(NON_JA)('%s: names a way to reach help in the language, or says none', async (lng) => {
    await home(lng);
    const lines = await s.page.locator('.in-your-language .line-card').count();
    const none = await s.page.locator('[data-testid="no-language-line"]').count();
    expect(lines > 0 || none > 0).toBe(true);
    if (lines > 0) {
      // At least one way to reach it (call, chat, e-mail, visit) whose note names the reader's language.
      const notes = await s.page.locator('.in-your-language .lang-note').allTextContents();
      expect(notes.length).toBeGreaterThan(0);
    }
  });

  it.each(NON_JA)('%s: every call link carries its languages; Japanese-only ones say so', async (lng) => {
    await home(lng);
    const links = s.page.locator('a[href^="tel:"]');
    const n = await links.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < n; i++) {
      const attr = await links.nth(i).getAttribute('data-phone-languages');
      expect(attr, `link ${i}`).toMatch(/^(unknown|[a-z-]+(,[a-z-]+)*)$/);
    }
    const only = s.page.locator('.call:has(a[data-japanese-only]) .lang-note');
    expect(await only.count()).toBeGreaterThan(0);
    const w = words(lng);
    const expected = w.note.japaneseOnly.replace('{{kind}}', w.note.kind.tel);
    for (const text of await only.allTextContents()) expect(text).toBe(expected);
  });

  it('says nothing about the languages of 110', async () => {
    await home('tl');
    const police = s.page.locator('.danger .call');
    expect(await police.locator('a').getAttribute('data-phone-languages')).toBe('unknown');
    expect(await police.locator('.lang-note').count()).toBe(0);
  });

  it('offers the lines that take やさしい日本語 to its readers', async () => {
    await home('ja-x-easy');
    expect(await s.page.locator('.in-your-language [data-window="pref-foreign-centre"]').count()).toBe(1);
  });

  it('Japanese readers get no "in your language" section', async () => {
    await s.page.goto(`${ORIGIN}/?lang=ja`);
    await s.page.waitForSelector('.line-card');
    expect(await s.page.locator('.in-your-language').count()).toBe(0);
  });
});

describe('phrase cards', () => {
  const check = async () => {
    await s.page.waitForSelector('.phrases .phrase');
    const first = s.page.locator('.phrase').first();
    expect(await first.locator('.phrase-ja[lang="ja"]').textContent()).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(await first.locator('.phrase-reading').textContent()).toMatch(/[a-zō]/i);
    expect(await first.locator('.phrase-mine').textContent()).toMatch(/Tagalog/);
    expect(await s.page.locator('[data-official-name]').count()).toBe(1);
  };

  it('opens from the start screen and Back returns', async () => {
    await home('tl');
    await s.page.click('.in-your-language [data-phrases]');
    await check();
    await s.page.click('.app-header .header-button >> nth=0');
    await s.page.waitForSelector('section.in-your-language');
  });

  it('opens from a window detail', async () => {
    await home('tl');
    await s.page.click('.entries [data-screen="finder"]');
    await s.page.click('[data-window="dv-plus"] .card-link');
    await s.page.click('.window-detail [data-phrases="dv-plus"]');
    await check();
  });

  it('shows kana readings to やさしい日本語 readers', async () => {
    await s.page.goto(`${ORIGIN}/?lang=ja-x-easy`);
    await s.page.click('.danger [data-phrases="police-110"]');
    await s.page.waitForSelector('[data-testid="address-field"]');
    expect(await s.page.locator('.phrase-reading').first().textContent()).toMatch(/^[ぁ-んァ-ン 、。ー]+$/);
  });

  it('keeps the exit button on screen while typing the address', async () => {
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await s.page.click('.danger [data-phrases="police-110"]');
    await s.page.focus('[data-testid="address-field"]');
    // An on-screen keyboard takes about half the height.
    await s.page.setViewportSize({ width: 320, height: 400 });
    expect(await s.page.locator('[data-testid="quick-exit"]').isVisible()).toBe(true);
    const box = await s.page.locator('[data-testid="quick-exit"]').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(400);
    await s.page.setViewportSize({ width: 320, height: 844 });
  });
});

describe('official names', () => {
  it.each(Object.keys(SCREENS))(
    '%s (en): every translated window name has the official name nearby',
    async (name) => {
      await s.page.goto(`${ORIGIN}/?lang=en`);
      await s.page.waitForFunction(() => document.documentElement.lang === 'en');
      await SCREENS[name](s.page);
      await s.page.waitForTimeout(200);
      const missing = await s.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-window-name]')]
          .filter((el) => {
            const id = el.dataset.windowName!;
            let box: HTMLElement | null = el;
            for (let i = 0; i < 3 && box; i++, box = box.parentElement) {
              if (box.querySelector(`[data-official-name="${id}"] [lang="ja"]`)) return false;
            }
            return true;
          })
          .map((el) => el.dataset.windowName),
      );
      expect(missing).toEqual([]);
    },
  );
});
