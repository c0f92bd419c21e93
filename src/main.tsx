// WARNING: this is the main bundle's entry. Nothing else runs before the first paint: the service
// worker, idb, data and holidays are loaded later, from lazy chunks.
import { hydrate, render } from 'preact';
import './styles/base.css';
import './styles/shell.css';
import { i18next } from './lib/i18n';
import { App } from './app/app';
import { bindQuickExit } from './shell/quick-exit/bind';
import { startLocale } from './shell/locale-sync';
import { cleanAddress } from './shell/entry';

if (typeof window !== 'undefined') {
  bindQuickExit(() => ({
    shift: (count) => i18next.t('exit.shift', { count }),
    escape: () => i18next.t('exit.escape'),
    expired: () => i18next.t('exit.expired'),
  }));
  const root = document.getElementById('app')!;
  if (root.firstElementChild) hydrate(<App />, root);
  else render(<App />, root);
  cleanAddress();
  // Words needed on first use rather than at first paint (the note before a first call).
  void startLocale().then(() => i18next.loadNamespaces(['calls']));
  void import('./shell/device/startup').then((m) => m.startDevice());
  void import('./shell/sw-bridge').then((m) => m.startServiceWorker());
}

export async function prerender() {
  const { renderToStringAsync } = await import('preact-render-to-string');
  return { html: await renderToStringAsync(<App />) };
}
