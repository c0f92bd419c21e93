// WARNING: part of the main bundle.
// Keyboard gestures for the quick exit, kept free of the DOM so they can be tested with a fake clock.
import { ESC_WINDOW_MS, SHIFT_WINDOW_MS } from '../../config';

export type GestureEvent =
  { type: 'progress'; key: 'Shift' | 'Escape'; remaining: number } | { type: 'expired' } | { type: 'exit' };

export interface KeyInfo {
  key: string;
  shiftKey: boolean;
  /** True while a text field has focus: Shift types capitals there, Esc belongs to the field. */
  inTextField: boolean;
  /** True during IME composition (Shift switches kana/latin there). */
  isComposing?: boolean;
  /** True for the repeats of a held key. */
  repeat?: boolean;
}

/**
 * Shift pressed 3 times within 5 s, or Esc pressed twice within 1 s. Left and right Shift both
 * count, also when one is still held as the other is released. Shift as a modifier (Shift+A),
 * held down (key repeat), typed in a text field or during IME composition does not count. Esc
 * counts with a dialog open (the first press closes it); the visible exit control always works.
 */
export class ExitGestures {
  private shiftCount = 0;
  private shiftStarted = 0;
  private shiftSpoiled = false;
  private escAt = -Infinity;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Feed keyup events. */
  keyup(e: KeyInfo): GestureEvent | null {
    if (e.key !== 'Shift') {
      // Shift+A: A's keyup comes with shiftKey set, and that Shift press must not count.
      if (e.shiftKey) this.shiftSpoiled = true;
      if (this.shiftCount > 0 && e.key !== 'Escape') {
        this.shiftCount = 0;
        return { type: 'expired' };
      }
      return null;
    }
    const spoiled = this.shiftSpoiled || e.isComposing || e.inTextField;
    this.shiftSpoiled = false;
    if (spoiled) return null;
    const t = this.now();
    if (this.shiftCount > 0 && t - this.shiftStarted > SHIFT_WINDOW_MS) this.shiftCount = 0;
    if (this.shiftCount === 0) this.shiftStarted = t;
    this.shiftCount += 1;
    if (this.shiftCount >= 3) {
      this.shiftCount = 0;
      return { type: 'exit' };
    }
    return { type: 'progress', key: 'Shift', remaining: 3 - this.shiftCount };
  }

  /** Feed keydown events (Esc acts on keydown, like closing a dialog). */
  keydown(e: KeyInfo): GestureEvent | null {
    if (e.key === 'Shift') {
      // A held Shift (repeats) is not a press; neither is one that starts a composition.
      if (e.repeat || e.isComposing) this.shiftSpoiled = true;
      return null;
    }
    if (e.key !== 'Escape' || e.inTextField || e.isComposing || e.repeat) return null;
    const t = this.now();
    if (t - this.escAt <= ESC_WINDOW_MS) {
      this.escAt = -Infinity;
      return { type: 'exit' };
    }
    this.escAt = t;
    return { type: 'progress', key: 'Escape', remaining: 1 };
  }

  /** True when a Shift sequence has timed out; the caller announces it once. */
  expireIfStale(): boolean {
    if (this.shiftCount > 0 && this.now() - this.shiftStarted > SHIFT_WINDOW_MS) {
      this.shiftCount = 0;
      return true;
    }
    return false;
  }
}
