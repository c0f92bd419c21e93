// WARNING: part of the main bundle.
import type { ComponentType } from 'preact';
import i18next from 'i18next';
import { useT } from '../lib/use-t';
import { lazyPart } from '../shell/lazy-part';

type Loader<P> = () => Promise<ComponentType<P>>;

export type LazyScreen<P> = ComponentType<P> & {
  /** Fetches code and words ahead of a tap (from the service worker's cache once installed). */
  preload(): Promise<unknown>;
};

function Loading({ failed }: { failed: boolean }) {
  const t = useT();
  return (
    <p class="loading" role="status">
      {failed ? t('shell.loadFailed') : t('shell.loading')}
    </p>
  );
}

/** A screen loaded on first use (a separate chunk, precached by the service worker). */
export function lazyScreen<P extends object>(load: Loader<P>, namespaces: string[] = []): LazyScreen<P> {
  // Code and words arrive together, so a screen never shows raw keys.
  return lazyPart(
    () => Promise.all([load(), i18next.loadNamespaces(namespaces)]).then(([c]) => c),
    (failed) => <Loading failed={failed} />,
  );
}
