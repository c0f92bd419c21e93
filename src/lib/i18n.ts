// WARNING: part of the main bundle. Japanese shell strings are bundled so the first paint and the
// prerender need no fetch; every other file under locales/ is a lazy chunk (precached by the SW).
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import jaCommon from '../../locales/ja/common.json';
import { LOCALES } from './languages';

const lazyLocales = import.meta.glob<ResourceKey>(
  ['../../locales/*/*.json', '!../../locales/ja/common.json'],
  {
    import: 'default',
  },
);

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    const load = lazyLocales[`../../locales/${lng}/${ns}.json`];
    if (!load) {
      callback(null, {}); // this locale has no such file: fallbacks fill in
      return;
    }
    // A file that fails to load leaves the fallback languages in place: never a blank screen.
    load().then(
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
