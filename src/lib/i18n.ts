// WARNING: part of the main bundle. The page's own shell words come inline with each prerendered
// start page (./start-words.ts), so hydration needs no fetch and the script carries no language;
// every other file under locales/ is copied to /locales/ by the build and fetched when first
// needed (precached by the service worker).
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { DEFAULT_LOCALE, LOCALES } from './languages';
import { readStartWords } from './start-words';

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    if (!LOCALES.some((l) => l.code === lng)) {
      callback(null, {});
      return;
    }
    // Static files precached by the service worker (no import map on the first paint: one entry per
    // language and namespace would cost more than the budget allows). "no-cache" revalidates with
    // the server when there is no service worker, so an update never serves stale words.
    fetch(`/locales/${lng}/${ns}.json`, { cache: 'no-cache' })
      .then((res) => {
        if (res.status === 404) return {};
        if (!res.ok) throw new Error(`locale ${lng}/${ns}: HTTP ${res.status}`);
        return res.json() as Promise<ResourceKey>;
      })
      // A file that fails to load or parse leaves the fallback languages in place: never a blank screen.
      .then(
        (res) => callback(null, res),
        (err: Error) => callback(err, false),
      );
  },
};

const start = readStartWords();

/** Resolves when the first language's shell words are in (at once on a prerendered page). */
export const i18nReady = i18next.use(lazyBackend).init({
  lng: start?.lng ?? DEFAULT_LOCALE,
  // Every listed locale is complete (tests/repo/locales.test.ts): fallbacks only cover a file that
  // failed to load. Japanese is the source, so it needs none.
  fallbackLng: { 'ja-x-easy': ['ja'], ja: [], default: ['en', 'ja'] },
  supportedLngs: LOCALES.map((l) => l.code),
  load: 'currentOnly',
  ns: ['common'],
  defaultNS: 'common',
  resources: start ? { [start.lng]: { common: start.common } } : undefined,
  partialBundledLanguages: true,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});

export { i18next };
