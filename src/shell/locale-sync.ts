// WARNING: part of the main bundle.
// Keeps <html lang> and the static quick-exit labels (outside Preact, so they work with JS off)
// in step with the chosen language. The choice lives in memory only: it is not persisted.
import i18next from 'i18next';
import listed from 'virtual:listed-locales';
import { detectLocale, htmlAttrsFor } from '../lib/languages';
import { onForget } from './quick-exit/quick-exit';
import { entry } from './entry';
import { setPref } from './device/prefs-state';

let visitChoice: string | null = null;

function syncDocument(lng: string) {
  const { lang, dir } = htmlAttrsFor(lng);
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  const label = i18next.t('exit.label');
  const skip = i18next.t('exit.skip');
  document.querySelector('#quick-exit .qx-label')!.textContent = label;
  document.querySelector('.qx-bar')?.setAttribute('aria-label', label);
  document.querySelector('.qx-skip')!.textContent = skip;
  document.querySelector('.qx-skip-nav')?.setAttribute('aria-label', skip);
}

export function chooseLocale(code: string): Promise<unknown> {
  visitChoice = code;
  void setPref('language', code);
  return i18next.changeLanguage(code);
}

/** Called once after hydration: switch from the prerendered Japanese to the reader's language. */
export function startLocale(): Promise<unknown> {
  i18next.on('languageChanged', syncDocument);
  onForget(() => {
    visitChoice = null;
  });
  const search = entry.lang ? `?lang=${encodeURIComponent(entry.lang)}` : '';
  const code = detectLocale(search, visitChoice, navigator.languages ?? [], listed);
  return code === i18next.language ? Promise.resolve() : i18next.changeLanguage(code);
}

/** A language kept on this device applies unless the entry URL or this visit chose one. */
export async function applyStoredLocale(code: string): Promise<void> {
  if (entry.lang || visitChoice || !listed.includes(code)) return;
  await i18next.changeLanguage(code);
}
