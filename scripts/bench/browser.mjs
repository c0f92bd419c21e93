// Real-browser figures on the production build, Debian's Chromium with the CPU slowed 4× (a
// mid-range phone): start-screen layout shift per locale, first paint → next screen after a tap,
// quick-exit latency, and the warm offline first paint against a script-free copy of the page.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const config = JSON.parse(readFileSync(new URL('../../tests/chromium.json', import.meta.url), 'utf8'));
const NEUTRAL_URL = 'https://www.jma.go.jp/bosai/forecast/';
const CPU_SLOWDOWN = 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function session({ locale = 'ja-JP', serviceWorkers = 'allow' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? config.path,
    headless: true,
    args: config.args,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale,
    serviceWorkers,
  });
  await context.route(`${NEUTRAL_URL}**`, async (route) => {
    await new Promise((r) => setTimeout(r, 300));
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>forecast</title>' });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const slow = () => cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return {
    context,
    page,
    cdp,
    slow,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function warmUp(page, origin) {
  await page.goto(origin);
  await page.evaluate(async () => {
    const sw = (await navigator.serviceWorker.ready).active;
    if (sw && sw.state !== 'activated')
      await new Promise((r) => sw.addEventListener('statechange', () => sw.state === 'activated' && r()));
  });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

const recordShifts = () => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Cumulative layout shift of the start screen on a first visit (no worker yet) per locale. */
export async function layoutShiftPerLocale(origin, locales) {
  const result = {};
  for (const code of locales) {
    const s = await session({ serviceWorkers: 'block' });
    try {
      await s.slow();
      await s.page.addInitScript(recordShifts);
      await s.page.goto(`${origin}/?lang=${code}`);
      await s.page.waitForFunction(() => document.documentElement.classList.contains('shell-ready'));
      await s.page.waitForFunction(() => !document.documentElement.classList.contains('lang-swap'));
      await s.page.waitForTimeout(500);
      result[code] = await s.page.evaluate(() => window.__shift);
    } finally {
      await s.close();
    }
  }
  return result;
}

// What counts as the next screen being there: the first question; the finder's list of windows
// (not only its filters, which open before the catalogue is in).
const READY = {
  questionnaire: '.screen-questionnaire h1',
  finder: '.screen-finder [data-testid="results"] li, .screen-finder .fallback',
};

/**
 * From the first contentful paint, a reader taps "which window fits me?" (or the finder) on every
 * frame until it answers: hydration, code, words and rendering included. Warm start. The taps begin
 * as soon as the button is on the page (a tap before the app is ready does nothing), not when the
 * paint is reported: the browser reports paints in a low-priority task, 100–250 ms later on a busy
 * slow phone, which no finger waits for.
 */
export async function tapToNextScreen(origin, screen, runs) {
  const s = await session();
  const times = [];
  try {
    await warmUp(s.page, origin);
    await s.slow();
    // Once: it runs on every reload below.
    await s.page.addInitScript(
      ([name, ready]) => {
        const tap = () => {
          if (document.querySelector(ready)) {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            // Told through the console: waiting with page.waitForFunction would run the test
            // tool's own script in the page while it is being measured.
            console.log(`tap-to-next ${performance.now() - fcp.startTime}`);
            return;
          }
          document.querySelector(`[data-screen="${name}"]`)?.click();
          requestAnimationFrame(tap);
        };
        requestAnimationFrame(tap);
      },
      [screen, READY[screen]],
    );
    for (let i = 0; i < runs; i++) {
      const told = s.page.waitForEvent('console', {
        predicate: (m) => m.text().startsWith('tap-to-next '),
        timeout: 20_000,
      });
      await s.page.reload();
      times.push(Number((await told).text().split(' ')[1]));
    }
  } finally {
    await s.close();
  }
  return median(times);
}

// How long a finger rests on the screen in a quick tap. A tap whose finger-down and finger-up the
// browser receives at the same instant (Playwright's tap) draws no frame in between, which no real
// finger does.
const TAP_HOLD_MS = 80;

/** Where a finger taps an element: found before the measured part (the test tool's own script runs). */
async function tapPoint(s, selector) {
  const box = await s.page.locator(selector).boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A finger tap at a point, held as long as a person's quick tap. */
async function humanTap(s, point) {
  const touchPoints = [point];
  await s.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
  await new Promise((r) => setTimeout(r, TAP_HOLD_MS));
  await s.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * Quick exit by a tap on the exit control, as soon as the start screen is ready (start-up work still
 * running): finger down → first frame without app content; the tap's click (what leaves) → neutral
 * request.
 */
export async function quickExitLatency(origin, runs) {
  const hidden = [];
  const request = [];
  for (let i = 0; i < runs; i++) {
    const s = await session();
    try {
      await s.page.goto(origin);
      await s.page.waitForFunction(() => document.documentElement.classList.contains('shell-ready'));
      const exit = await tapPoint(s, '[data-testid="quick-exit"]');
      await s.slow();
      // When the browser sent it (its own clock, not when Node heard of it).
      let requestedAt = 0;
      await s.cdp.send('Network.enable');
      s.cdp.on('Network.requestWillBeSent', (e) => {
        if (e.request.url.startsWith(NEUTRAL_URL) && !requestedAt) requestedAt = e.wallTime * 1000;
      });
      const got = new Promise((resolve) => s.page.exposeFunction('__exitMeasured', resolve));
      await s.page.evaluate(() => {
        // Time stamps are when the browser took the input. The frame is awaited from a listener in
        // the bubble phase, so after the exit's own handler (and the work it queued) has run; the
        // callback's own clock (not the frame's start time, which can be earlier than the handler)
        // is when the frame without the app begins to draw.
        const m = {};
        addEventListener(
          'pointerdown',
          (e) =>
            requestAnimationFrame(() => {
              m.hiddenMs = performance.now() - e.timeStamp;
              // Pressed (nothing shows; the click that leaves comes next) or already leaving.
              m.hidden = /\bqx-(pressed|hidden)\b/.test(document.documentElement.className);
            }),
          { once: true },
        );
        addEventListener(
          'click',
          (e) => {
            m.clickEpoch = performance.timeOrigin + e.timeStamp;
            window.__exitMeasured(m);
          },
          { capture: true, once: true },
        );
      });
      await humanTap(s, exit);
      // Never wait for ever: a run that hangs would only end with CI's own time limit.
      let timer;
      const m = await Promise.race([
        got,
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error('quick exit: no click reached the page within 20 s of the tap')),
            20_000,
          );
        }),
      ]).finally(() => clearTimeout(timer));
      await s.page.waitForURL(`${NEUTRAL_URL}**`);
      if (!m.hidden)
        throw new Error('quick exit: the first frame after the finger went down still showed the app');
      hidden.push(Math.max(0, m.hiddenMs));
      request.push(requestedAt - m.clickEpoch);
    } finally {
      await s.close();
    }
  }
  return { hiddenMs: median(hidden), requestMs: median(request) };
}

/**
 * The same finger-down → next frame on a page with nothing but a button that hides the page: what
 * the emulated slow phone takes on its own (input delivery, a throttled main thread, the frame
 * clock), below which no page can go.
 */
export async function inputToFrameFloor(runs) {
  const s = await session();
  const times = [];
  try {
    await s.page.setContent('<button style="width:100%;height:120px">exit</button>');
    const button = await tapPoint(s, 'button');
    await s.slow();
    for (let i = 0; i < runs; i++) {
      await s.page.waitForTimeout(300);
      const frame = s.page.evaluate(
        () =>
          new Promise((resolve) =>
            addEventListener(
              'pointerdown',
              (e) => {
                document.body.style.opacity = '0';
                requestAnimationFrame(() => {
                  resolve(performance.now() - e.timeStamp);
                  document.body.style.opacity = '';
                });
              },
              { once: true },
            ),
          ),
      );
      await humanTap(s, button);
      times.push(await frame);
    }
  } finally {
    await s.close();
  }
  return median(times);
}

/** Warm offline first contentful paint of the start screen divided by a script-free copy's. */
export async function offlinePaintRatio(origin, runs) {
  const fcp = (page) =>
    page.evaluate(
      () =>
        new Promise((resolve) =>
          new PerformanceObserver((list) => {
            const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
            if (e) resolve(e.startTime);
          }).observe({ type: 'paint', buffered: true }),
        ),
    );
  const s = await session();
  const app = [];
  const plain = [];
  try {
    await warmUp(s.page, origin);
    const html = await (await fetch(`${origin}/`)).text();
    const scriptFree = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    await s.context.setOffline(true);
    await s.slow();
    const other = await s.context.newPage();
    const otherCdp = await s.context.newCDPSession(other);
    await otherCdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await otherCdp.send('Network.enable');
    // The copy bypasses the worker: served straight from memory, its stylesheet too.
    const css = html.match(/href="(\/assets\/[^"]+\.css)"/)[1];
    const cssText = await (await fetch(`${origin}${css}`)).text();
    await s.context.route(`${origin}/script-free.html`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html', body: scriptFree }),
    );
    await s.context.route(`${origin}${css}`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/css', body: cssText }),
    );
    for (let i = 0; i < runs; i++) {
      await s.page.reload();
      app.push(await fcp(s.page));
      await other.goto(`${origin}/script-free.html`);
      plain.push(await fcp(other));
    }
  } finally {
    await s.close();
  }
  return { appMs: median(app), scriptFreeMs: median(plain), ratio: median(app) / median(plain) };
}
