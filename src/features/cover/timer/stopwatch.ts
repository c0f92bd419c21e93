// A stopwatch, pure: the time comes from the caller (see countdown.ts).

export interface Stopwatch {
  /** Clock time of the last start, or null when stopped. */
  since: number | null;
  /** Time gathered before the last start. */
  banked: number;
}

export const resetStopwatch: Stopwatch = { since: null, banked: 0 };

export function elapsed(s: Stopwatch, now: number): number {
  return s.banked + (s.since === null ? 0 : Math.max(0, now - s.since));
}

export function toggleStopwatch(s: Stopwatch, now: number): Stopwatch {
  return s.since === null ? { ...s, since: now } : { since: null, banked: elapsed(s, now) };
}
