/// <reference lib="webworker" />
// The service worker: precaches the shell, every locale file and all data, so every screen works
// offline after the first visit. Cache names are Workbox's neutral defaults.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { registerTileRoute } from './tile-route';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
// Every navigation gets the shell (the app has one URL; ?lang= and ?app= are read by the page).
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// Online map images, only ever requested after the reader switches them on.
registerTileRoute();

// Only when the reader accepted the update prompt: never reload the page under their hands.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install has no older worker: control the open page at once so it works offline.
clientsClaim();
