import { describe, expect, it } from 'vitest';
import { ExitGestures, type KeyInfo } from './gestures';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}
const key = (k: string, more: Partial<KeyInfo> = {}): KeyInfo => ({
  key: k,
  shiftKey: false,
  inTextField: false,
  ...more,
});
/** One whole Shift press as the browser reports it. */
function shift(g: ExitGestures, more: Partial<KeyInfo> = {}) {
  g.keydown(key('Shift', { shiftKey: true, ...more }));
  return g.keyup(key('Shift', more));
}

describe('exit gestures', () => {
  it('Shift three times within 5 s exits, announcing each step', () => {
    const c = clock();
    const g = new ExitGestures(c.now);
    expect(shift(g)).toEqual({ type: 'progress', key: 'Shift', remaining: 2 });
    c.advance(2000);
    expect(shift(g)).toEqual({ type: 'progress', key: 'Shift', remaining: 1 });
    c.advance(2000);
    expect(shift(g)).toEqual({ type: 'exit' });
  });

  it('Shift presses spread over more than 5 s start again', () => {
    const c = clock();
    const g = new ExitGestures(c.now);
    shift(g);
    shift(g);
    c.advance(5001);
    expect(g.expireIfStale()).toBe(true);
    expect(shift(g)).toMatchObject({ remaining: 2 });
    c.advance(3000);
    shift(g);
    c.advance(2001);
    // First of this run was 5001 ms ago: this press starts a new run instead of exiting.
    expect(shift(g)).toMatchObject({ remaining: 2 });
  });

  it('left and right Shift mixed count, also when one is still held as the other is released', () => {
    const g = new ExitGestures(clock().now);
    g.keydown(key('Shift', { shiftKey: true })); // left down
    g.keydown(key('Shift', { shiftKey: true })); // right down
    expect(g.keyup(key('Shift', { shiftKey: true }))).toMatchObject({ remaining: 2 }); // left up, right held
    expect(g.keyup(key('Shift'))).toMatchObject({ remaining: 1 }); // right up
    expect(shift(g)).toEqual({ type: 'exit' });
  });

  it('Shift used as a modifier (Shift+A) does not count, and another key cancels', () => {
    const g = new ExitGestures(clock().now);
    shift(g);
    g.keydown(key('Shift', { shiftKey: true }));
    g.keydown(key('a', { shiftKey: true }));
    expect(g.keyup(key('a', { shiftKey: true }))).toEqual({ type: 'expired' });
    expect(g.keyup(key('Shift'))).toBeNull();
    expect(shift(g)).toMatchObject({ remaining: 2 });
  });

  it('Shift in a text field, during IME composition or held down (key repeat) never counts', () => {
    const g = new ExitGestures(clock().now);
    for (let i = 0; i < 4; i++) expect(shift(g, { inTextField: true })).toBeNull();
    for (let i = 0; i < 4; i++) expect(shift(g, { isComposing: true })).toBeNull();
    for (let i = 0; i < 4; i++) {
      g.keydown(key('Shift', { shiftKey: true }));
      g.keydown(key('Shift', { shiftKey: true, repeat: true }));
      expect(g.keyup(key('Shift'))).toBeNull();
    }
    // Ordinary presses still work afterwards.
    expect(shift(g)).toMatchObject({ remaining: 2 });
  });

  it('Esc twice within 1 s exits, with a dialog open too, but not in a text field and not 1 s apart', () => {
    const c = clock();
    const g = new ExitGestures(c.now);
    expect(g.keydown(key('Escape', { inTextField: true }))).toBeNull();
    expect(g.keydown(key('Escape', { inTextField: true }))).toBeNull();
    expect(g.keydown(key('Escape'))).toMatchObject({ type: 'progress', key: 'Escape' });
    c.advance(1001);
    expect(g.keydown(key('Escape'))).toMatchObject({ type: 'progress' });
    c.advance(400);
    expect(g.keydown(key('Escape'))).toEqual({ type: 'exit' });
    // A held Esc is one press, not two.
    expect(g.keydown(key('Escape'))).toMatchObject({ type: 'progress' });
    expect(g.keydown(key('Escape', { repeat: true }))).toBeNull();
  });
});
