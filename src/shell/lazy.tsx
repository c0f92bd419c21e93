// WARNING: part of the main bundle.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../lib/use-t';

type Loader<P> = () => Promise<ComponentType<P>>;

/** A screen loaded on first use (a separate chunk, precached by the service worker). */
export function lazyScreen<P extends object>(load: Loader<P>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyScreen(props: P) {
    const t = useT();
    const [Comp, setComp] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      pending ??= load().then((c) => (loaded = c));
      pending.then(
        (c) => setComp(() => c),
        () => {
          pending = null;
          setFailed(true);
        },
      );
    }, []);
    if (Comp) return <Comp {...props} />;
    return (
      <p class="loading" role="status">
        {failed ? t('shell.loadFailed') : t('shell.loading')}
      </p>
    );
  };
}
