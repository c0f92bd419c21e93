// A countdown, pure: the time comes from the caller (a monotonic clock in milliseconds,
// performance.now in the browser), so tests run on a fake clock.

export type Phase = 'idle' | 'running' | 'paused' | 'done';

export interface Countdown {
  phase: Phase;
  /** Clock time the countdown reaches zero, while running. */
  endsAt: number;
  /** Time left when paused (and the full duration just after starting). */
  left: number;
}

export const idleCountdown: Countdown = { phase: 'idle', endsAt: 0, left: 0 };

export function startCountdown(durationMs: number, now: number): Countdown {
  return { phase: 'running', endsAt: now + durationMs, left: durationMs };
}

export function timeLeft(c: Countdown, now: number): number {
  if (c.phase === 'running') return Math.max(0, c.endsAt - now);
  return c.phase === 'done' ? 0 : c.left;
}

export function pauseCountdown(c: Countdown, now: number): Countdown {
  return c.phase === 'running' ? { phase: 'paused', endsAt: 0, left: timeLeft(c, now) } : c;
}

export function resumeCountdown(c: Countdown, now: number): Countdown {
  return c.phase === 'paused' ? startCountdown(c.left, now) : c;
}

/** Running → done once zero is reached; the same object otherwise (no needless re-render). */
export function tickCountdown(c: Countdown, now: number): Countdown {
  return c.phase === 'running' && now >= c.endsAt ? { phase: 'done', endsAt: 0, left: 0 } : c;
}

// Eight digits fit the minutes box, so an unlock code of any allowed length can be typed there alone.
const MAX_MINUTES = 99_999_999;

/** Minutes and seconds as typed (either may be empty; seconds over 59 carry over). Null: nothing to start. */
export function parseDuration(minutes: string, seconds: string): number | null {
  if (![minutes, seconds].every((v) => /^\d*$/.test(v.trim()))) return null;
  const m = Number(minutes.trim() || '0');
  const s = Number(seconds.trim() || '0');
  const total = (m * 60 + s) * 1000;
  return total > 0 && m <= MAX_MINUTES ? total : null;
}
