import { afterEach, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { ORIGIN, openSession, waitForServiceWorker, type Session } from './browser';
import {
  ALL_PLACES,
  foreign,
  leafletChunks,
  openMap,
  PLACED,
  storage,
  stubTiles,
  TILE_ORIGIN,
  UNPLACED,
} from './map-page';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('map', () => {
  it('loads offline with the ward outlines, names and markers, and contacts no other host', async () => {
    s = await openSession();
    await s.page.goto(ORIGIN);
    const entries = await s.page.evaluate(() => history.length);
    await waitForServiceWorker(s.page);
    await s.context.setOffline(true);
    expect((await s.page.reload())?.fromServiceWorker()).toBe(true);
    await openMap(s.page);
    expect(await s.page.locator('path.ward-outline').count()).toBe(10);
    expect(await s.page.locator('.ward-label').count()).toBe(10);
    expect(await s.page.locator('.place-pin').count()).toBe(PLACED.length);
    // Every place is listed, and those without a printed coordinate say why they are not on the map.
    expect(await s.page.locator('.place-list .place-card').count()).toBe(ALL_PLACES.length);
    expect(await s.page.locator('.place-list .not-placed').count()).toBe(UNPLACED.length);
    expect(await s.page.locator('.leaflet-tile').count()).toBe(0);
    expect(foreign(s)).toEqual([]);
    // No tile cache and no expiration database before the reader opts in.
    const before = await storage(s.page);
    expect(before.databases).toEqual([]);
    expect(before.caches.filter((c) => !c.startsWith('workbox-precache'))).toEqual([]);
    expect(await s.page.evaluate(() => history.length)).toBe(entries);
  });

  it('loads GSI tiles only after the tap, with no Referer, and only then stores them', async () => {
    s = await openSession();
    const tileRequests = await stubTiles(s.context);
    await s.page.goto(`${ORIGIN}/?lang=en`);
    const entries = await s.page.evaluate(() => history.length);
    await waitForServiceWorker(s.page);
    await openMap(s.page);
    expect(tileRequests).toEqual([]);
    expect(await s.page.locator('.map-credits a').count()).toBe(0);
    expect((await storage(s.page)).databases).toEqual([]);

    await s.page.click('.tiles-control button');
    // The service worker fetches the tile: its CSP (connect-src) must allow the tile host.
    await expect
      .poll(() => s!.page.locator('img.leaflet-tile-loaded').count(), {
        timeout: 15_000,
        message: 'no tile loaded: is TILE_ORIGIN in connect-src of the CSP sent with sw.js?',
      })
      .toBeGreaterThan(0);
    expect(tileRequests.length).toBeGreaterThan(0);
    for (const r of tileRequests) {
      expect(r.url).toMatch(/^https:\/\/cyberjapandata\.gsi\.go\.jp\/xyz\/std\/\d+\/\d+\/\d+\.png$/);
      expect(r.referer).toBeUndefined();
    }
    expect(foreign(s).every((u) => u.startsWith(`${TILE_ORIGIN}/`))).toBe(true);
    const credit = s.page.locator('.map-credits a');
    expect(await credit.textContent()).toBe('出典：国土地理院');
    expect(await credit.getAttribute('href')).toBe('https://maps.gsi.go.jp/development/ichiran.html');
    // Opted in: now the service worker keeps the tiles, with its expiration bookkeeping.
    await expect.poll(async () => (await storage(s!.page)).caches).toContain('tiles');
    await expect.poll(async () => (await storage(s!.page)).databases).toContain('workbox-expiration');
    expect((await new AxeBuilder({ page: s.page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    // Remembered for this visit: back on the map later, the detailed map is still on.
    await s.page.click('.app-header .header-button >> nth=0');
    await openMap(s.page);
    await s.page.waitForSelector('img.leaflet-tile-loaded');
    expect(await s.page.evaluate(() => history.length)).toBe(entries);
  });

  it('uses the location once, on the device, for distances and a marker', async () => {
    s = await openSession();
    await s.context.grantPermissions(['geolocation'], { origin: ORIGIN });
    await s.context.setGeolocation({ latitude: 35.8612, longitude: 139.6452 }); // beside the Urawa office
    await s.context.addInitScript(() => {
      const geo = navigator.geolocation;
      const calls = { once: 0, watch: 0 };
      (window as unknown as { geoCalls: typeof calls }).geoCalls = calls;
      const once = geo.getCurrentPosition.bind(geo);
      geo.getCurrentPosition = (...args) => (calls.once++, once(...args));
      geo.watchPosition = () => (calls.watch++, 0);
    });
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await openMap(s.page);
    expect(await s.page.locator('.distance').count()).toBe(0);
    await s.page.click('.locate button');
    await s.page.waitForSelector('.distance');
    expect(await s.page.locator('.place-list .place-card').first().getAttribute('data-place')).toBe(
      'ward-office-urawa',
    );
    expect(await s.page.locator('.place-list .distance').count()).toBe(PLACED.length);
    expect(await s.page.locator('path.you-are-here').count()).toBe(1);
    expect(await s.page.evaluate(() => (window as unknown as { geoCalls: object }).geoCalls)).toEqual({
      once: 1,
      watch: 0,
    });
    await s.page.click('.locate button'); // "stop using my location"
    expect(await s.page.locator('.distance').count()).toBe(0);
    expect(await s.page.locator('path.you-are-here').count()).toBe(0);
    expect(foreign(s)).toEqual([]);
  });

  it('narrows to a ward chosen by hand', async () => {
    s = await openSession();
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await openMap(s.page);
    await s.page.selectOption('.map-side select', '11107');
    const inUrawa = ALL_PLACES.filter((p) => p.ward === '11107');
    await expect.poll(() => s!.page.locator('.place-list .place-card').count()).toBe(inUrawa.length);
    expect(await s.page.locator('.place-pin').count()).toBe(inUrawa.filter((p) => p.coords).length);
    expect(await s.page.locator('path.ward-outline.is-chosen').count()).toBe(1);
    // "Show on the map" in the list selects the place and takes focus to its marker.
    await s.page.click('.place-list [data-place="aipaletto"] .secondary-button');
    await s.page.waitForSelector('.selected-place [data-place="aipaletto"]');
    expect(await s.page.evaluate(() => document.activeElement?.closest('.place-pin')?.textContent)).toContain(
      'Aipaletto',
    );
  });

  it('a marker works from the keyboard, and another screen can open the map on a place', async () => {
    s = await openSession();
    await s.page.goto(`${ORIGIN}/?lang=en`);
    const entries = await s.page.evaluate(() => history.length);
    await openMap(s.page);
    const pin = s.page.locator('.place-pin', { hasText: 'Aipaletto' });
    expect([await pin.getAttribute('role'), await pin.getAttribute('tabindex')]).toEqual(['button', '0']);
    await pin.focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('.selected-place [data-place="aipaletto"]');
    // From a window that names the place, "show on the map" comes back with it selected and centred.
    await s.page.click('.selected-place .place-windows .card-link >> nth=0');
    await s.page.waitForSelector('.window-detail');
    await s.page.click('.window-detail .places .link-button >> nth=0');
    await s.page.waitForSelector('.selected-place [data-place="aipaletto"]');
    const selected = s.page.locator('.place-pin[aria-current="true"]');
    expect(await selected.textContent()).toContain('Aipaletto');
    // Centred once Leaflet's pan animation ends.
    const offCentre = async () => {
      const [box, frame] = [await selected.boundingBox(), await s!.page.locator('.map-canvas').boundingBox()];
      const dx = box!.x + box!.width / 2 - (frame!.x + frame!.width / 2);
      const dy = box!.y + box!.height / 2 - (frame!.y + frame!.height / 2);
      return Math.hypot(dx, dy);
    };
    await expect.poll(offCentre).toBeLessThan(10);
    // Leaflet's zoom buttons are links to "#": they must not add a history entry either.
    await s.page.click('.leaflet-control-zoom-in');
    expect(await s.page.evaluate(() => history.length)).toBe(entries);
  });

  it('has 48 px controls and fits 320 px wide with text at 200%', async () => {
    s = await openSession({ width: 320, height: 700 });
    await s.page.goto(`${ORIGIN}/?lang=en`);
    await openMap(s.page);
    await s.page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const small = await s.page.$$eval(
      '.map-screen button, .map-screen select, .leaflet-bar a, .place-pin',
      (els) => els.filter((e) => e.getBoundingClientRect().height < 48).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('fetches Leaflet only on the map screen', async () => {
    const chunks = leafletChunks();
    expect(chunks.length).toBeGreaterThan(0);
    s = await openSession({ serviceWorkers: 'block' });
    await s.page.goto(ORIGIN);
    await s.page.click('.entries [data-screen="finder"]');
    await s.page.waitForSelector('.window-card');
    const leaflet = () => s!.requests.filter((u) => chunks.some((c) => u.endsWith(c)));
    expect(leaflet()).toEqual([]);
    await s.page.goBack().catch(() => null);
    await s.page.goto(ORIGIN);
    await openMap(s.page);
    expect(leaflet().length).toBeGreaterThan(0);
  });
});

describe.each(['ja', 'en'])('map accessibility in %s', (lang) => {
  it('has no axe violations, with and without a place selected', async () => {
    s = await openSession({ serviceWorkers: 'block' });
    await s.page.goto(`${ORIGIN}/?lang=${lang}`);
    await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await openMap(s.page);
    const violations = async () =>
      (await new AxeBuilder({ page: s!.page }).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(await violations()).toEqual([]);
    await s.page.locator('.place-pin').first().click();
    await s.page.waitForSelector('.selected-place');
    expect(await violations()).toEqual([]);
  });
});
