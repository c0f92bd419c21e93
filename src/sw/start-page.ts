/// <reference lib="webworker" />
// Which prerendered start page answers a navigation: ?lang=, else the language remembered on this
// device (only exists when the reader chose "remember"), else the browser's languages. Decided
// afresh on every navigation: the worker keeps nothing about a visit.
import { DEFAULT_LOCALE, detectLocale, startPageLocale, startPagePath } from '../engines/locale-choice';
import { readRememberedLanguage } from './remembered-language';

declare const self: ServiceWorkerGlobalScope;

/** The locales with a start page in the precache list (index.html is the default locale's). */
export function offeredLocales(precached: ReadonlyArray<string | { url: string }>): string[] {
  const codes = precached
    .map((e) => startPageLocale(typeof e === 'string' ? e : e.url))
    .filter((c): c is string => !!c && c !== DEFAULT_LOCALE);
  return [DEFAULT_LOCALE, ...new Set(codes)];
}

export async function startPageFor(url: URL, offered: readonly string[]): Promise<string> {
  const kept = url.searchParams.has('lang') ? undefined : await readRememberedLanguage();
  // Only a code the worker offers counts (detectLocale checks it against `offered`).
  const remembered = typeof kept === 'string' ? kept : undefined;
  return startPagePath(detectLocale(url.search, remembered, self.navigator.languages ?? [], offered));
}
