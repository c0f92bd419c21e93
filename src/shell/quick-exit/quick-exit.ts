// WARNING: part of the main bundle.
// The quick exit. The link in index.html works with JavaScript off; with it on, this module
// hides everything first, forgets what the app holds in memory, and replaces the page.
import { NEUTRAL_URL } from '../../config';
import { inInstalledWindow } from '../entry';

// If the cover has not shown by then (its code failed to load), leave anyway.
const COVER_WAIT_MS = 600;
// Forgetting waits for the hidden frame, but never longer than this.
const FORGET_LATEST_MS = 100;

type Handler = () => void;
const resetHandlers = new Set<Handler>();
let showCover: Handler = () => {};
let leaveWhenCovered = false;
// Set while the page leaves without the cover: memory is forgotten just after the hidden frame.
let leavingUncovered = false;

/** Features register a way to forget their in-memory state (answers, filters, the screen stack). */
export function onForget(handler: Handler): () => void {
  resetHandlers.add(handler);
  return () => resetHandlers.delete(handler);
}

/** The shell tells the exit how to show the neutral cover screen (offline, back/forward cache). */
export function setCoverHandler(handler: Handler): void {
  showCover = handler;
}

const NEUTRAL_TITLE = '\u200b';

function hide(): void {
  pressed(false);
  document.documentElement.classList.add('qx-hidden');
}

// A zero-width space: an empty title would make some browsers show the address instead.
const blankTitle = () => (document.title = NEUTRAL_TITLE);

export function hideEverything(): void {
  hide();
  blankTitle();
}

/**
 * A finger (or mouse button) is down on the exit control: the page is hidden from the next frame,
 * before the browser has turned the press into a click (tens of milliseconds on a slow phone). The
 * exit itself still acts on the click, so a scroll that starts on the control never leaves. The
 * title stays: it is always the neutral identity's, and a page's first title change costs a slow
 * phone ~15 ms, which the hidden frame would wait for (the exit itself blanks it).
 */
export const hideOnPress = (): void => pressed(true);

/**
 * The press did not become an exit (it turned into a scroll, or slid off): show the page again.
 * Once the exit has begun, qx-hidden keeps everything hidden whatever this does.
 */
export const showAfterPress = (): void => pressed(false);

/**
 * Pressed: everything shown lives in <body>, so one style on it hides it all and the browser
 * restyles one element (a class on <html> that hid each child restyled the whole page: a frame
 * later on a slow phone). The control still takes the tap: opacity, unlike display, keeps it there.
 */
function pressed(on: boolean): void {
  document.documentElement.classList.toggle('qx-pressed', on);
  document.body.style.opacity = on ? '0' : '';
}

function clearSessionStorage(): void {
  try {
    sessionStorage.clear();
  } catch {
    // Storage can be unavailable (private mode, blocked): nothing to clear then.
  }
}

function forgetMemory(): void {
  for (const handler of resetHandlers) {
    try {
      handler();
    } catch {
      // One feature failing to reset must not stop the exit.
    }
  }
}

export function forgetEverything(): void {
  forgetMemory();
  clearSessionStorage();
}

/**
 * Shows the in-app cover instead of leaving (offline, rehearsal, back/forward cache). The page stays
 * hidden until the cover has rendered (it calls revealCover), so the last screen never flashes.
 */
export function coverUp(): void {
  leavingUncovered = false;
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

/**
 * Hide and leave at once; forget what the app holds in memory right after the hidden frame.
 * Forgetting redraws the app (the start screen again), work the reader would otherwise wait for
 * before the page disappears (over 100 ms on a slow phone). If the page is gone first, its memory
 * goes with it; if the browser keeps it (back/forward cache), the return shows the cover, which
 * forgets first. Nothing outside memory waits: the tab's session storage is cleared now.
 */
export function quickExit(): void {
  hide();
  clearSessionStorage();
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
  leavingUncovered = true;
  const forgetOnce = () => {
    // Not if the cover came up meanwhile (a return through the back/forward cache): it forgot.
    if (leavingUncovered) forgetMemory();
    leavingUncovered = false;
  };
  // Right after the hidden frame; a browser that draws no frame while it navigates gets a timer.
  requestAnimationFrame(() => setTimeout(forgetOnce, 0));
  setTimeout(forgetOnce, FORGET_LATEST_MS);
  location.replace(NEUTRAL_URL);
  // After the request is on its way (a page's first title change costs a slow phone ~15 ms).
  blankTitle();
}
