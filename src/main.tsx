// WARNING: this is the main bundle's entry. Nothing else runs before the first paint: the service
// worker, idb, data and holidays are loaded later, from lazy chunks.
import { hydrate, render } from 'preact';
import './styles/base.css';
import './styles/shell.css';
import { i18next, i18nReady } from './lib/i18n';
import { App } from './app/app';
import { preloadLikelyScreens, preloadLikelyWords } from './app/screens';
import { bindQuickExit } from './shell/quick-exit/bind';
import { pageLocale, startingLocale, watchLocale } from './shell/locale-sync';
import { cleanAddress, inInstalledWindow } from './shell/entry';
import { whenIdle } from './lib/idle';
import { loadLanguageSection } from './features/home/language-section';
import { loadLanguageNotes } from './shell/call-link/language-note-view';
import { hideWords, showWords, swapLanguage } from './shell/locale-swap';

// How long a first visit may keep the start screen hidden while its words arrive; after that it
// shows in the page's language and changes when they come (a slow network, never a blank page).
const LANGUAGE_WAIT_MS = 1200;

/** Parts of the start screen that only other languages show: loaded before they are shown. */
const loadStartParts = () => Promise.all([loadLanguageSection(), loadLanguageNotes()]);

async function start(root: HTMLElement) {
  // At once on a prerendered page (its words are inline); the dev server's page fetches them.
  await i18nReady;
  const page = pageLocale();
  const wanted = startingLocale();
  watchLocale();
  let late = false;
  if (wanted !== page) {
    // A first visit without the service worker got the Japanese page: keep its space (no layout
    // shift) but hide the words until the reader's arrive, then show them in one frame.
    const hidden = hideWords();
    // The words, and the parts of the start screen that only other languages show (the "in your
    // language" section, the notes on which languages a line answers in), so nothing arrives later.
    const words = i18next
      .loadLanguages(wanted)
      .then(loadStartParts)
      .then(() => true);
    const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), LANGUAGE_WAIT_MS));
    late = !(await Promise.race([words, timeout]));
    await hidden;
    if (!late) await i18next.changeLanguage(wanted);
  } else if (page !== i18next.language) {
    // A page without its words inline (the dev server): they come as a file.
    await i18next.changeLanguage(page);
  }
  // Fetched (from the worker's cache once installed) while the screen hydrates.
  void preloadLikelyWords().catch(() => undefined);
  // Hydration in a task of its own, not in the one that ran the script: two shorter tasks let a tap
  // (the exit) through in between, and block a slow phone for less.
  await new Promise((resolve) => setTimeout(resolve));
  if (root.firstElementChild && i18next.language === page) hydrate(<App />, root);
  else render(<App />, root);
  showWords();
  cleanAddress();
  if (late) void swapLanguage(wanted, loadStartParts);
}

if (typeof window !== 'undefined') {
  bindQuickExit(() => ({
    shift: (count) => i18next.t('exit.shift', { count }),
    escape: () => i18next.t('exit.escape'),
    expired: () => i18next.t('exit.expired'),
  }));
  void start(document.getElementById('app')!).then(async () => {
    // An installed launch stays blank until start-up has chosen between the cover and the help
    // screens: that comes first there. In a browser tab, what a tap needs comes first.
    const device = () => import('./shell/device/startup').then((m) => m.startDevice());
    if (inInstalledWindow()) await device();
    // At once, not on idle: a reader may tap as soon as the screen shows (from the worker's cache
    // this costs a few ms; without the worker it uses the network the reader is about to need).
    await preloadLikelyScreens().catch(() => undefined);
    await whenIdle();
    // Words needed on first use rather than at first paint (the note before a first call).
    void i18next.loadNamespaces(['calls']);
    if (!inInstalledWindow()) void device();
    void import('./shell/sw-bridge').then((m) => m.startServiceWorker());
  });
}

export async function prerender({ url }: { url: string }) {
  // The "in your language" section is a lazy chunk: load it first so the page carries it.
  await loadLanguageSection();
  const { prerenderStartPage } = await import('./app/prerender');
  return prerenderStartPage(url);
}
