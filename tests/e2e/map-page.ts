// Helpers for the map's browser tests: reaching the screen as a person would, and what the data says
// the screen must show.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import places from '../../src/data/places.json';
import { TILE_ORIGIN } from '../../src/tiles-config';
import { ORIGIN, type Session } from './browser';

export { TILE_ORIGIN };
export const PLACED = places.filter((p) => p.coords !== null);
export const UNPLACED = places.filter((p) => p.coords === null);
export const ALL_PLACES = places;

/** A 1×1 transparent PNG standing in for a GSI tile (tests need no internet). */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export async function openMap(page: Page): Promise<void> {
  await page.click('.entries [data-screen="map"]');
  await page.waitForSelector('.place-pin');
}

/** What the page can see of the device's storage: databases and cache names. */
export function storage(page: Page): Promise<{ databases: string[]; caches: string[] }> {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: await caches.keys(),
  }));
}

/** The built files that contain Leaflet (found by a string only Leaflet's code has). */
export function leafletChunks(dist = process.env.E2E_DIST ?? 'dist'): string[] {
  const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8')) as Record<
    string,
    { file: string }
  >;
  return Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js') && readFileSync(`${dist}/${f}`, 'utf8').includes('leaflet-pane'));
}

/** Requests to any host but ours (data: URIs are not requests to anyone). */
export const foreign = (session: Session): string[] =>
  session.requests.filter((u) => !u.startsWith(ORIGIN) && !u.startsWith('data:'));

/** Answers GSI tile requests with a tiny PNG (CORS allowed, as GSI does) and records what was sent. */
export async function stubTiles(context: BrowserContext) {
  const seen: Array<{ url: string; referer: string | undefined }> = [];
  await context.route(`${TILE_ORIGIN}/**`, async (route) => {
    seen.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
    await route.fulfill({
      status: 200,
      contentType: 'image/png',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: TINY_PNG,
    });
  });
  return seen;
}
