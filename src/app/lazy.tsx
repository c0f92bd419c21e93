// WARNING: part of the main bundle.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import i18next from 'i18next';
import { useT } from '../lib/use-t';

type Loader<P> = () => Promise<ComponentType<P>>;

export type LazyScreen<P> = ComponentType<P> & {
  /** Fetches code and words ahead of a tap (from the service worker's cache once installed). */
  preload(): Promise<unknown>;
};

/** A screen loaded on first use (a separate chunk, precached by the service worker). */
export function lazyScreen<P extends object>(load: Loader<P>, namespaces: string[] = []): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  // Code and words arrive together, so a screen never shows raw keys.
  const loadAll = () => Promise.all([load(), i18next.loadNamespaces(namespaces)]).then(([c]) => c);
  const preload = () => {
    pending ??= loadAll().then(
      (c) => (loaded = c),
      (err: unknown) => {
        pending = null;
        throw err;
      },
    );
    return pending;
  };
  function LazyScreen(props: P) {
    const t = useT();
    const [Comp, setComp] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      preload().then(
        (c) => setComp(() => c),
        () => setFailed(true),
      );
    }, []);
    if (Comp) return <Comp {...props} />;
    return (
      <p class="loading" role="status">
        {failed ? t('shell.loadFailed') : t('shell.loading')}
      </p>
    );
  }
  return Object.assign(LazyScreen, { preload });
}

/** A part of the shell that is never needed for the first paint (shows nothing until loaded). */
export function lazyPart<P extends object>(load: Loader<P>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyPart(props: P) {
    const [Comp, setComp] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!loaded)
        void load().then(
          (c) => setComp(() => (loaded = c)),
          () => undefined,
        );
    }, []);
    return Comp ? <Comp {...props} /> : null;
  };
}
