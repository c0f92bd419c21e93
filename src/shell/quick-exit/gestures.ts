// WARNING: part of the main bundle.
// Keyboard gestures for the quick exit, kept free of the DOM so they can be tested with a fake clock.
import { ESC_WINDOW_MS, SHIFT_WINDOW_MS } from '../../config';

export type GestureEvent =
  { type: 'progress'; key: 'Shift' | 'Escape'; remaining: number } | { type: 'expired' } | { type: 'exit' };

interface KeyInfo {
  key: string;
  shiftKey: boolean;
  /** True while a text field or a dialog has focus (Esc belongs to them there). */
  inFieldOrDialog: boolean;
}

/**
 * Shift pressed 3 times within 5 s (Shift used as a modifier does not count: Shift+A fires a keyup
 * for A with shiftKey set, then one for Shift), or Esc pressed twice within 1 s.
 */
export class ExitGestures {
  private shiftCount = 0;
  private shiftStarted = 0;
  private lastKeyWasModified = false;
  private escAt = -Infinity;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Feed keyup events. */
  keyup(e: KeyInfo): GestureEvent | null {
    const wasModified = this.lastKeyWasModified;
    this.lastKeyWasModified = e.shiftKey;
    if (e.key !== 'Shift') {
      if (this.shiftCount > 0 && e.key !== 'Escape') {
        this.shiftCount = 0;
        return { type: 'expired' };
      }
      return null;
    }
    if (wasModified) return null;
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
    if (e.key !== 'Escape' || e.inFieldOrDialog) return null;
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
