// WARNING: part of the main bundle.
import type { ComponentType, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Loader<P> = () => Promise<ComponentType<P>>;

/** A component fetched on first need, once (a failed load is tried again on the next need). */
export interface LazyLoad<P> {
  /** Starts loading now, so the component shows at once when needed. */
  preload: () => Promise<ComponentType<P>>;
  loaded: () => ComponentType<P> | null;
}

export function lazyLoad<P>(load: Loader<P>): LazyLoad<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return {
    preload: () => {
      pending ??= load().then(
        (c) => (loaded = c),
        (err: unknown) => {
          pending = null; // a flaky network, a chunk not cached yet: the next need tries again
          throw err;
        },
      );
      return pending;
    },
    loaded: () => loaded,
  };
}

/** The component once loaded (null until then), and whether loading failed. */
export function useLazy<P>(lazy: LazyLoad<P>): { Comp: ComponentType<P> | null; failed: boolean } {
  const [Comp, setComp] = useState<ComponentType<P> | null>(() => {
    // Asked for in the render that needs it (a tap's own task), not a frame later with the effect.
    if (!lazy.loaded() && typeof window !== 'undefined') lazy.preload().catch(() => undefined);
    return lazy.loaded();
  });
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // It may have arrived between the render and this effect: show it then, never wait forever.
    const now = lazy.loaded();
    if (now) {
      if (!Comp) setComp(() => now);
      return;
    }
    let live = true;
    lazy.preload().then(
      (c) => live && setComp(() => c),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { Comp, failed };
}

export type LazyPart<P> = ComponentType<P> & { preload(): Promise<unknown> };

/**
 * A part of a screen that is not needed the moment the screen opens (shows `waiting`, by default
 * nothing, until loaded): its code, and the data it carries, stay off the path of the tap that
 * opened the screen.
 */
export function lazyPart<P extends object>(
  load: Loader<P>,
  waiting: (failed: boolean) => VNode | null = () => null,
): LazyPart<P> {
  const lazy = lazyLoad(load);
  function LazyPart(props: P) {
    const { Comp, failed } = useLazy(lazy);
    return Comp ? <Comp {...props} /> : waiting(failed);
  }
  return Object.assign(LazyPart, { preload: lazy.preload });
}
