// The page side of the service worker, loaded after the first paint (workbox-window stays off it).
// Updates are offered, never forced: the page reloads only when the reader taps "Update".
type Listener = (apply: (() => void) | null) => void;

let applyUpdate: (() => void) | null = null;
const listeners = new Set<Listener>();

export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  listener(applyUpdate);
  return () => listeners.delete(listener);
}

export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { registerSW } = await import('virtual:pwa-register');
  const updateSW = registerSW({
    onNeedRefresh() {
      applyUpdate = () => void updateSW(true);
      for (const l of listeners) l(applyUpdate);
    },
    onOfflineReady() {
      document.documentElement.dataset.offlineReady = '1';
    },
  });
}
