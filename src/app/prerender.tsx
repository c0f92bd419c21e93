// Build time only (imported lazily by main.tsx's prerender export, never on the first paint): the
// start screen rendered once per listed locale, so each reader's first paint is in their language.
import listed from 'virtual:listed-locales';
import { i18next } from '../lib/i18n';
import { DEFAULT_LOCALE, localeInfo, startPageLocale, startPagePath } from '../lib/languages';
import { App } from './app';

/** Per locale, the words of each namespace the start screen shows, handed over by the build (plugins/start-pages.ts). */
type Words = Record<string, Record<string, Record<string, unknown>>>;
const PRERENDER_WORDS = '__madoguchiStartWords';

export async function prerenderStartPage(url: string) {
  const { renderToStringAsync } = await import('preact-render-to-string');
  const code = startPageLocale(new URL(url, 'http://localhost').pathname) ?? DEFAULT_LOCALE;
  const words = (globalThis as unknown as Record<string, Words | undefined>)[PRERENDER_WORDS];
  if (!words?.[code]) throw new Error(`prerender: no words for ${code}`);
  // Every locale's words up front: fallbacks resolve without a fetch (there is no server here).
  for (const [lng, byNs] of Object.entries(words ?? {}))
    for (const [ns, resources] of Object.entries(byNs))
      i18next.addResourceBundle(lng, ns, resources, true, true);
  await i18next.changeLanguage(code);
  const html = await renderToStringAsync(<App />);
  const others = listed.filter((c) => c !== DEFAULT_LOCALE).map((c) => `/${startPagePath(c)}`);
  return {
    html,
    head: { lang: localeInfo(code).htmlLang },
    links: code === DEFAULT_LOCALE ? new Set(others) : undefined,
  };
}
