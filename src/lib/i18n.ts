// WARNING: part of the main bundle. Japanese shell strings are bundled so the first paint and the
// prerender need no fetch; every other file under locales/ is copied to /locales/ by the build
// (vite.config.ts) and fetched when first needed (precached by the service worker).
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import jaCommon from '../../locales/ja/common.json';
import { LOCALES } from './languages';

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

export const i18nReady = i18next.use(lazyBackend).init({
  lng: 'ja',
  fallbackLng: { 'ja-x-easy': ['ja'], ja: ['en'], default: ['en', 'ja'] },
  supportedLngs: LOCALES.map((l) => l.code),
  load: 'currentOnly',
  ns: ['common'],
  defaultNS: 'common',
  resources: { ja: { common: jaCommon } },
  partialBundledLanguages: true,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});

export { i18next };
