/// <reference lib="webworker" />
// The service worker: precaches the shell, every locale file and all data, so every screen works
// offline after the first visit. Cache names are Workbox's neutral defaults.
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { registerTileRoute } from './tile-route';
import { offeredLocales, startPageFor } from './start-page';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

cleanupOutdatedCaches();
const precached = self.__WB_MANIFEST;
const offered = offeredLocales(precached);
// Every navigation gets the start screen, prerendered in the reader's language (the app has one
// URL; ?app= is read by the page).
registerRoute(
  new NavigationRoute(async ({ url }) => {
    const page =
      (await matchPrecache(await startPageFor(url, offered))) ?? (await matchPrecache('index.html'));
    return page ?? Response.error();
  }),
);
// After the navigation route: the precache route would answer "/" with index.html itself.
precacheAndRoute(precached);
// Online map images, only ever requested after the reader switches them on.
registerTileRoute();

// Only when the reader accepted the update prompt: never reload the page under their hands.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install has no older worker: control the open page at once so it works offline.
clientsClaim();
