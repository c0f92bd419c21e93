// WARNING: part of the main bundle.
// The quick exit. The link in index.html works with JavaScript off; with it on, this module
// hides everything first, forgets what the app holds in memory, and replaces the page.
import { NEUTRAL_URL } from '../../config';
import { inInstalledWindow } from '../entry';

// If the cover has not shown by then (its code failed to load), leave anyway.
const COVER_WAIT_MS = 600;

type Handler = () => void;
const resetHandlers = new Set<Handler>();
let showCover: Handler = () => {};
let leaveWhenCovered = false;

/** Features register a way to forget their in-memory state (answers, filters, the screen stack). */
export function onForget(handler: Handler): () => void {
  resetHandlers.add(handler);
  return () => resetHandlers.delete(handler);
}

/** The shell tells the exit how to show the neutral cover screen (offline, back/forward cache). */
export function setCoverHandler(handler: Handler): void {
  showCover = handler;
}

export function hideEverything(): void {
  document.documentElement.classList.add('qx-hidden');
  // A zero-width space: an empty title would make some browsers show the address instead.
  document.title = '\u200b';
}

export function forgetEverything(): void {
  for (const handler of resetHandlers) {
    try {
      handler();
    } catch {
      // One feature failing to reset must not stop the exit.
    }
  }
  try {
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (private mode, blocked): nothing to clear then.
  }
}

/**
 * Shows the in-app cover instead of leaving (offline, rehearsal, back/forward cache). The page stays
 * hidden until the cover has rendered (it calls revealCover), so the last screen never flashes.
 */
export function coverUp(): void {
  hideEverything();
  forgetEverything();
  showCover();
}

export function revealCover(): void {
  document.documentElement.classList.remove('qx-hidden');
  // The cover is on screen from the next frame on: only then leave.
  if (leaveWhenCovered) requestAnimationFrame(() => setTimeout(leave, 0));
}

function leave(): void {
  if (!leaveWhenCovered) return;
  leaveWhenCovered = false;
  location.replace(NEUTRAL_URL);
}

/** Hide, forget, leave — in this order and in the same task. */
export function quickExit(): void {
  hideEverything();
  forgetEverything();
  if (navigator.onLine === false) {
    // The neutral site cannot load: a browser error page would still show the address. Cover instead.
    coverUp();
    return;
  }
  if (inInstalledWindow()) {
    // An installed app can stay open underneath the neutral page (another browser surface opens
    // over it): put the neutral cover on first, so whatever stays behind is neutral too.
    leaveWhenCovered = true;
    coverUp();
    setTimeout(leave, COVER_WAIT_MS);
    return;
  }
  location.replace(NEUTRAL_URL);
}
