import { describe, expect, it } from 'vitest';
import { ExitGestures } from './gestures';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}
const key = (k: string, shiftKey = false, inFieldOrDialog = false) => ({ key: k, shiftKey, inFieldOrDialog });

describe('exit gestures', () => {
  it('Shift three times within 5 s exits, announcing each step', () => {
    const c = clock();
    const g = new ExitGestures(c.now);
    expect(g.keyup(key('Shift'))).toEqual({ type: 'progress', key: 'Shift', remaining: 2 });
    c.advance(2000);
    expect(g.keyup(key('Shift'))).toEqual({ type: 'progress', key: 'Shift', remaining: 1 });
    c.advance(2000);
    expect(g.keyup(key('Shift'))).toEqual({ type: 'exit' });
  });

  it('Shift presses spread over more than 5 s start again', () => {
    const c = clock();
    const g = new ExitGestures(c.now);
    g.keyup(key('Shift'));
    g.keyup(key('Shift'));
    c.advance(5001);
    expect(g.expireIfStale()).toBe(true);
    expect(g.keyup(key('Shift'))).toMatchObject({ remaining: 2 });
  });

  it('Shift used as a modifier (Shift+A) does not count, and another key cancels', () => {
    const g = new ExitGestures(clock().now);
    g.keyup(key('Shift'));
    // Shift+A: keyup for A with shiftKey, then keyup for Shift without it.
    expect(g.keyup(key('a', true))).toEqual({ type: 'expired' });
    expect(g.keyup(key('Shift'))).toBeNull();
    expect(g.keyup(key('Shift'))).toMatchObject({ remaining: 2 });
  });

  it('Esc twice within 1 s exits, but not in a text field or dialog, and not 1 s apart', () => {
    const c = clock();
    const g = new ExitGestures(c.now);
    expect(g.keydown(key('Escape', false, true))).toBeNull();
    expect(g.keydown(key('Escape', false, true))).toBeNull();
    expect(g.keydown(key('Escape'))).toMatchObject({ type: 'progress', key: 'Escape' });
    c.advance(1001);
    expect(g.keydown(key('Escape'))).toMatchObject({ type: 'progress' });
    c.advance(400);
    expect(g.keydown(key('Escape'))).toEqual({ type: 'exit' });
  });
});
