/// <reference lib="webworker" />
// Map images from GSI, kept on the device once the reader has switched the detailed map on. Nothing
// here runs before a tile is requested: the 'tiles' cache and workbox-expiration's IndexedDB are both
// created lazily by the first tile request, so a reader who never opts in has neither.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { TILE_ORIGIN } from '../tiles-config';

export const TILE_CACHE = 'tiles';

export function registerTileRoute(): void {
  registerRoute(
    ({ url }) => url.origin === TILE_ORIGIN,
    new CacheFirst({
      cacheName: TILE_CACHE,
      plugins: [
        // 0: an opaque answer, should a tile ever be requested without CORS.
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({ maxEntries: 2000, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
      ],
    }),
  );
}
