// Launches Debian's Chromium (playwright-core; a test tool's own browser download fails here).
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEUTRAL_URL } from '../../src/config';
import chromiumConfig from '../chromium.json';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
export const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
// Debian's Chromium and the flags it needs on this closed network (shared with tests/lighthouse.mjs).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumConfig.path;
export const ARGS = chromiumConfig.args;

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  width?: number;
  height?: number;
  locale?: string;
  javaScriptEnabled?: boolean;
  serviceWorkers?: 'allow' | 'block';
  colorScheme?: 'light' | 'dark';
}

export async function openSession(opts: SessionOptions = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'mado-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: opts.width ?? 390, height: opts.height ?? 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: opts.locale ?? 'ja-JP',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    serviceWorkers: opts.serviceWorkers ?? 'allow',
    colorScheme: opts.colorScheme ?? 'light',
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // The neutral site is stubbed so tests need no internet, and so we can see what it was sent.
  await context.route(`${NEUTRAL_URL}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>forecast</title><p>weather</p>' }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    requests,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker controls the page (precache complete). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = reg.active;
    if (sw && sw.state !== 'activated') {
      await new Promise<void>((r) =>
        sw.addEventListener('statechange', () => sw.state === 'activated' && r()),
      );
    }
  });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}
