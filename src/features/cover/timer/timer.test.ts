import { describe, expect, it } from 'vitest';
import { countdownText, stopwatchText } from './clock-text';
import {
  idleCountdown,
  parseDuration,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
  tickCountdown,
  timeLeft,
} from './countdown';
import { elapsed, resetStopwatch, toggleStopwatch } from './stopwatch';

/** A clock that moves only when told to. */
function fakeClock(start = 50_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('countdown', () => {
  it('counts down on the clock, pauses, resumes and finishes at zero', () => {
    const clock = fakeClock();
    let c = startCountdown(90_000, clock.now());
    clock.advance(30_000);
    expect(timeLeft(c, clock.now())).toBe(60_000);
    c = pauseCountdown(c, clock.now());
    clock.advance(1_000_000);
    expect(timeLeft(c, clock.now())).toBe(60_000);
    c = resumeCountdown(c, clock.now());
    clock.advance(59_999);
    expect(tickCountdown(c, clock.now())).toBe(c);
    expect(timeLeft(c, clock.now())).toBe(1);
    clock.advance(1);
    c = tickCountdown(c, clock.now());
    expect(c.phase).toBe('done');
    expect(timeLeft(c, clock.now() + 5000)).toBe(0);
  });

  it('never shows less than zero, even when the tab slept past the end', () => {
    const clock = fakeClock();
    const c = startCountdown(1000, clock.now());
    clock.advance(3_600_000);
    expect(timeLeft(c, clock.now())).toBe(0);
    expect(tickCountdown(c, clock.now()).phase).toBe('done');
  });

  it('ignores pause and resume in the wrong phase', () => {
    expect(pauseCountdown(idleCountdown, 5)).toBe(idleCountdown);
    const running = startCountdown(1000, 0);
    expect(resumeCountdown(running, 10)).toBe(running);
  });
});

describe('parseDuration', () => {
  it('reads minutes and seconds as typed, carrying seconds over 59', () => {
    expect(parseDuration('12', '34')).toBe((12 * 60 + 34) * 1000);
    expect(parseDuration('', '90')).toBe(90_000);
    expect(parseDuration('3', '')).toBe(180_000);
    expect(parseDuration(' 1 ', '05')).toBe(65_000);
  });
  it('returns null when there is nothing to start', () => {
    for (const [m, s] of [
      ['', ''],
      ['0', '00'],
      ['1.5', ''],
      ['-1', '10'],
      ['a', '1'],
      ['100000000', '0'],
    ]) {
      expect(parseDuration(m, s), `${m}:${s}`).toBeNull();
    }
  });
});

describe('stopwatch', () => {
  it('adds up running time across stops and starts', () => {
    const clock = fakeClock();
    let s = toggleStopwatch(resetStopwatch, clock.now());
    clock.advance(1500);
    expect(elapsed(s, clock.now())).toBe(1500);
    s = toggleStopwatch(s, clock.now());
    clock.advance(10_000);
    expect(elapsed(s, clock.now())).toBe(1500);
    s = toggleStopwatch(s, clock.now());
    clock.advance(500);
    expect(elapsed(s, clock.now())).toBe(2000);
  });
});

describe('clock text', () => {
  it('rounds a countdown up and a stopwatch down', () => {
    expect(countdownText(754_000)).toBe('12:34');
    expect(countdownText(1)).toBe('00:01');
    expect(countdownText(0)).toBe('00:00');
    expect(countdownText(3_723_000)).toBe('1:02:03');
    expect(stopwatchText(1999, false)).toBe('00:01');
    expect(stopwatchText(61_950, true)).toBe('01:01.9');
  });
});
