// WARNING: part of the main bundle.
// Keeps <html lang/dir> and the static quick-exit words (outside Preact, so they work with JS off)
// in step with the chosen language. The choice lives in memory only: it is not persisted.
import i18next from 'i18next';
import listed from 'virtual:listed-locales';
import { DEFAULT_LOCALE, detectLocale, htmlAttrsFor } from '../lib/languages';
import { onForget } from './quick-exit/quick-exit';
import { entry } from './entry';
import { setPref } from './device/prefs-state';
import { swapLanguage } from './locale-swap';

let visitChoice: string | null = null;

function syncDocument(lng: string) {
  const { lang, dir } = htmlAttrsFor(lng);
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  const label = i18next.t('exit.label');
  const skip = i18next.t('exit.skip');
  document.querySelector('#quick-exit .qx-label')!.textContent = label;
  document.querySelector('#quick-exit .qx-where')!.textContent = i18next.t('exit.where');
  document.querySelector('.qx-bar')?.setAttribute('aria-label', label);
  document.querySelector('.qx-skip')!.textContent = skip;
  document.querySelector('.qx-skip-nav')?.setAttribute('aria-label', skip);
}

export function chooseLocale(code: string): Promise<unknown> {
  visitChoice = code;
  void setPref('language', code);
  return i18next.changeLanguage(code);
}

/** The locale of the prerendered page this visit started on (set by the build per start page). */
export function pageLocale(): string {
  return document.documentElement.dataset.locale ?? DEFAULT_LOCALE;
}

/**
 * The language of the first render. Under the service worker the page already is the reader's
 * (it chose by ?lang=, the remembered choice, the browser's languages); on a first visit without
 * it the host sent the page for ?lang= (plugins/language-entry.ts) or Japanese, so the page
 * decides here.
 */
export function startingLocale(): string {
  // A language's own start page, opened by its address (a link for readers of that language), is
  // their choice like ?lang= is.
  if (navigator.serviceWorker?.controller || location.pathname.startsWith('/start/')) return pageLocale();
  const search = entry.lang ? `?lang=${encodeURIComponent(entry.lang)}` : '';
  return detectLocale(search, visitChoice, navigator.languages ?? [], listed);
}

/** Called once before the first render: follow every later language change in the document. */
export function watchLocale(): void {
  i18next.on('languageChanged', syncDocument);
  onForget(() => {
    visitChoice = null;
  });
}

/** A language kept on this device applies unless the entry URL or this visit chose one. */
export async function applyStoredLocale(code: string): Promise<void> {
  if (entry.lang || visitChoice || !listed.includes(code)) return;
  await swapLanguage(code);
}
