// Hours that depend on the date: a campaign line that runs only between two dates, and periods when
// a window is closed. Dates are Tokyo calendar days (YYYY-MM-DD), both ends included.
import type { Schedule } from '../data/schema';
import { addDays } from './tokyo-time';

type Dated = Exclude<Schedule, { kind: 'unknown' }>;

export const hasDates = (s: Schedule): boolean =>
  s.kind !== 'unknown' && (s.between !== undefined || (s.closures?.length ?? 0) > 0);

/** Is the line shut on this day because of its dates (before or after its run, or in a closure)? */
export function shutByDate(s: Dated, ymd: string): boolean {
  if (s.between && (ymd < s.between.from || ymd > s.between.until)) return true;
  return (s.closures ?? []).some((c) => ymd >= c.from && ymd <= c.until);
}

/**
 * The first day on or after `ymd` that its dates do not shut, or null when it never runs again.
 * Lets "next open" jump over a closure or to the start of a campaign, however far ahead.
 */
export function nextDayNotShut(s: Dated, ymd: string): string | null {
  let day = ymd;
  for (let guard = 0; guard < 1000; guard++) {
    if (s.between && day > s.between.until) return null;
    if (s.between && day < s.between.from) {
      day = s.between.from;
      continue;
    }
    const closure = (s.closures ?? []).find((c) => day >= c.from && day <= c.until);
    if (!closure) return day;
    day = addDays(closure.until, 1);
  }
  return null;
}
