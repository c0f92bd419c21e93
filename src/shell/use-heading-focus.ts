// WARNING: part of the main bundle (the app shell uses it).
// A new screen or step is a new "page" for keyboard and screen-reader users: start them at its
// heading. Not on the very first render, so a page load keeps the browser's own starting point.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface HeadingFocusOptions {
  /** Also focus when the component first mounts (a step that replaces another). */
  onMount?: boolean;
  /** Scroll to the top as well (a whole screen changed, not just a step inside it). */
  scroll?: boolean;
}

/** Returns a ref for the element holding the heading (or the heading itself); focuses it when `key` changes. */
export function useHeadingFocus<E extends HTMLElement>(
  key: unknown,
  opts: HeadingFocusOptions = {},
): RefObject<E | null> {
  const root = useRef<E>(null);
  const first = useRef(!opts.onMount);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const el = root.current;
    const heading = el?.matches('h1') ? el : el?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    if (opts.scroll) window.scrollTo(0, 0);
  }, [key]);
  return root;
}
