import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ORIGIN, openSession, waitForServiceWorker, type Session } from './browser';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** What the page looked like before any script ran: the HTML the navigation was answered with. */
async function servedHtml(session: Session, url: string) {
  const res = await session.page.goto(url);
  const html = (await res!.text()) ?? '';
  return {
    fromWorker: res!.fromServiceWorker(),
    locale: /data-locale="([^"]+)"/.exec(html)?.[1],
    h1: /<h1>([^<]*)/.exec(html)?.[1],
  };
}

async function rememberLanguage(session: Session, code: string) {
  await session.page.evaluate(
    (lng) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('calc', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('prefs');
        req.onsuccess = () => {
          const tx = req.result.transaction('prefs', 'readwrite');
          tx.objectStore('prefs').put(lng, 'language');
          tx.objectStore('prefs').put(true, 'coverOnHide');
          tx.oncomplete = () => (req.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    code,
  );
}

const databases = (session: Session) =>
  session.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

describe('start page in the reader language', () => {
  it('the worker answers with the browser language, ?lang= and the remembered choice, in that order', async () => {
    s = await openSession({ locale: 'en-US' });
    await s.page.goto(ORIGIN);
    await waitForServiceWorker(s.page);
    let served = await servedHtml(s, ORIGIN);
    expect(served).toEqual({ fromWorker: true, locale: 'en', h1: 'Places you can ask for help' });
    // Read-only: choosing a page never creates the database.
    expect(await databases(s)).not.toContain('calc');
    served = await servedHtml(s, `${ORIGIN}/?lang=ko`);
    expect(served.locale).toBe('ko');
    await rememberLanguage(s, 'th');
    expect((await servedHtml(s, ORIGIN)).locale).toBe('th');
    expect((await servedHtml(s, `${ORIGIN}/?lang=vi`)).locale).toBe('vi');
    await s.page.waitForFunction(() => document.documentElement.lang === 'vi');
  });

  it('a warm start paints in the reader language with no swap', async () => {
    s = await openSession({ locale: 'pt-BR' });
    await s.page.goto(ORIGIN);
    await waitForServiceWorker(s.page);
    await s.page.addInitScript(() => {
      // Every <h1> text the page ever showed, from the first parse on.
      const seen: string[] = [];
      (window as unknown as { seenTitles: string[] }).seenTitles = seen;
      new MutationObserver(() => {
        const t = document.querySelector('h1')?.textContent;
        if (t && seen.at(-1) !== t) seen.push(t);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await s.page.reload();
    await s.page.waitForFunction(() => document.documentElement.classList.contains('shell-ready'));
    expect(await s.page.evaluate(() => (window as unknown as { seenTitles: string[] }).seenTitles)).toEqual([
      'Lugares onde você pode pedir ajuda',
    ]);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
  });

  it('a first visit to /?lang=<code> is answered with that start page: no swap, the address kept', async () => {
    s = await openSession({ serviceWorkers: 'block', javaScriptEnabled: false });
    const served = await servedHtml(s, `${ORIGIN}/?lang=en`);
    expect(served).toMatchObject({ fromWorker: false, locale: 'en', h1: 'Places you can ask for help' });
    expect(s.page.url()).toBe(`${ORIGIN}/?lang=en`);
    // With JavaScript off the prerendered "in your language" section shows as it is, buttons too.
    expect(await s.page.locator('[data-testid="in-your-language"] [data-phrases]').first().isVisible()).toBe(
      true,
    );
    // An alias the host rule does not know still gets a page (the Japanese one, which then swaps).
    expect((await servedHtml(s, `${ORIGIN}/?lang=xx`)).locale).toBe('ja');
  });

  it("a language's own start page, opened by its address, stays in that language", async () => {
    s = await openSession({ serviceWorkers: 'block', locale: 'ja-JP' });
    await s.page.goto(`${ORIGIN}/start/ko.html`);
    await s.page.waitForFunction(() => document.documentElement.classList.contains('shell-ready'));
    await s.page.waitForTimeout(500);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('ko');
    // The other start pages' words are in their own files; this one hydrated with its own.
    const h1 = (JSON.parse(readFileSync('locales/ko/common.json', 'utf8')) as { home: { title: string } })
      .home.title;
    expect(await s.page.locator('h1').textContent()).toBe(h1);
    // Its "in your language" section shows once its buttons work.
    await s.page.click('.in-your-language.live [data-phrases]');
    await s.page.waitForSelector('.phrases .phrase');
  });

  it('every start page works with JavaScript off, with its lang, dir and exit words', async () => {
    s = await openSession({ javaScriptEnabled: false, serviceWorkers: 'block' });
    await s.page.goto(`${ORIGIN}/start/en.html`);
    expect(await s.page.getAttribute('html', 'lang')).toBe('en');
    expect(await s.page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await s.page.locator('a[href="tel:110"]').isVisible()).toBe(true);
    expect(await s.page.locator('#quick-exit').textContent()).toContain('Exit now');
  });

  async function firstVisitShift(opts: { slowWords: boolean }) {
    s = await openSession({ locale: 'en-US', serviceWorkers: 'block' });
    if (opts.slowWords) {
      // Slower than the page waits: Japanese shows first, then the swap happens under a hidden frame.
      await s.context.route('**/locales/en/common.json', async (route) => {
        await new Promise((r) => setTimeout(r, 2500));
        await route.continue();
      });
    }
    await s.page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await s.page.goto(ORIGIN);
    await s.page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 10_000 });
    await s.page.waitForFunction(() => !document.documentElement.classList.contains('lang-swap'));
    await s.page.waitForTimeout(300);
    expect(await s.page.locator('h1').textContent()).toBe('Places you can ask for help');
    return s.page.evaluate(() => (window as unknown as { shift: number }).shift);
  }

  it('a first visit without the worker does not move the start screen when the language changes', async () => {
    expect(await firstVisitShift({ slowWords: false })).toBeLessThanOrEqual(0.01);
  });

  it('nor when the words arrive after the page stopped waiting for them', async () => {
    expect(await firstVisitShift({ slowWords: true })).toBeLessThanOrEqual(0.01);
  });
});
