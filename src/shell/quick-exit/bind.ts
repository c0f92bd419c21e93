// WARNING: part of the main bundle.
// Wires the static exit link and the keyboard gestures to quickExit() (a press on the link hides the
// page at once; its click leaves), and answers the
// back/forward cache with the cover screen.
import { SHIFT_WINDOW_MS } from '../../config';
import { ExitGestures, type GestureEvent } from './gestures';
import { coverUp, hideOnPress, quickExit, showAfterPress } from './quick-exit';

// Just after the Shift window closes, so a stale count is reported as expired, never too early.
const SHIFT_EXPIRY_CHECK_MS = SHIFT_WINDOW_MS + 100;

export interface ExitMessages {
  shift(remaining: number): string;
  escape(): string;
  expired(): string;
}

// After a press on the exit control is let go: if no exit has followed by then (the finger slid off,
// a long press), the page shows again. A click follows the release within a frame or two.
const PRESS_RELEASE_GRACE_MS = 500;

// Buttons, checkboxes and radios are inputs too, but typing in them is not text.
const TEXT_FIELD =
  'textarea, select, [contenteditable=""], [contenteditable="true"], input:not([type=button], [type=submit], [type=reset], [type=checkbox], [type=radio], [type=range], [type=color], [type=file], [type=image])';

function inTextField(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : document.activeElement;
  return !!el?.matches(TEXT_FIELD);
}

const keyInfo = (e: KeyboardEvent) => ({
  key: e.key,
  shiftKey: e.shiftKey,
  inTextField: inTextField(e.target),
  // 229: the key went to an input method (older browsers set no isComposing on it).
  isComposing: e.isComposing || e.keyCode === 229,
  repeat: e.repeat,
});

export function bindQuickExit(messages: () => ExitMessages): () => void {
  const status = document.getElementById('qx-status');
  const gestures = new ExitGestures();
  let expiry: ReturnType<typeof setTimeout> | undefined;

  const announce = (text: string) => {
    if (status) status.textContent = text;
  };
  const handle = (event: GestureEvent | null) => {
    if (!event) return;
    const m = messages();
    if (event.type === 'exit') {
      announce('');
      quickExit();
    } else if (event.type === 'expired') announce(m.expired());
    else if (event.key === 'Shift') {
      announce(m.shift(event.remaining));
      clearTimeout(expiry);
      expiry = setTimeout(() => {
        if (gestures.expireIfStale()) announce(m.expired());
      }, SHIFT_EXPIRY_CHECK_MS);
    } else announce(m.escape());
  };

  const onExitControl = (e: Event) => e.target instanceof Element && !!e.target.closest('[data-qx]');
  let release: ReturnType<typeof setTimeout> | undefined;
  const onClick = (e: MouseEvent) => {
    if (!onExitControl(e)) return;
    e.preventDefault();
    clearTimeout(release);
    quickExit();
  };
  // Finger (or button) down on the control hides; let go, a click should follow, else it shows again;
  // a press that becomes a scroll (cancel) shows again at once.
  const onPointer = (e: PointerEvent) => {
    clearTimeout(release);
    if (e.type === 'pointerup') release = setTimeout(showAfterPress, PRESS_RELEASE_GRACE_MS);
    else if (e.type === 'pointercancel') showAfterPress();
    else if (e.isPrimary && e.button === 0 && onExitControl(e)) hideOnPress();
  };
  const onKey = (e: KeyboardEvent) =>
    handle(e.type === 'keyup' ? gestures.keyup(keyInfo(e)) : gestures.keydown(keyInfo(e)));
  const onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted) coverUp();
  };

  const listeners: [string, (e: never) => void][] = [
    ['click', onClick],
    ['pointerdown', onPointer],
    ['pointerup', onPointer],
    ['pointercancel', onPointer],
    ['keyup', onKey],
    ['keydown', onKey],
  ];
  for (const [type, fn] of listeners) document.addEventListener(type, fn as EventListener, true);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    for (const [type, fn] of listeners) document.removeEventListener(type, fn as EventListener, true);
    window.removeEventListener('pageshow', onPageShow);
    clearTimeout(release);
  };
}
