// "Is it open at this moment?" and nothing more: openNow() also searches up to two weeks ahead for
// the next opening, which ranking does not need and which made recommend() several times slower.
// Must agree with openNow() on open/confident/languages (checked in recommend-open.test.ts).
import type { ContentLang } from '../data/schema';
import type { DatedSchedule } from '../data/schema';
import { dayPlan, isConfident, type HolidayLookup } from './open-now';
import { addDays, tokyoDay, tokyoMinutes } from './tokyo-time';
import { hasDates } from './schedule-dates';

export type OpenAt =
  { open: false } | { open: true; confident: boolean; allDay: boolean; languages: ContentLang[] | null };

/** The Tokyo calendar facts of one instant, worked out once per recommend() call. */
export interface Moment {
  at: Date;
  today: string;
  yesterday: string;
  minutes: number;
}

export function momentOf(at: Date): Moment {
  const today = tokyoDay(at).ymd;
  return { at, today, yesterday: addDays(today, -1), minutes: tokyoMinutes(at) };
}

const CLOSED: OpenAt = { open: false };

export function openAt(schedule: DatedSchedule, m: Moment, holidays: HolidayLookup): OpenAt {
  if (schedule.kind === 'unknown') return CLOSED;
  if (schedule.kind === 'always' && !hasDates(schedule)) {
    return { open: true, confident: isConfident(schedule, m.at), allDay: true, languages: null };
  }
  const prev = dayPlan(schedule, m.yesterday, holidays);
  let open = prev === 'unknown' ? undefined : prev.find((iv) => iv.end > 1440 && m.minutes < iv.end - 1440);
  if (!open) {
    const cur = dayPlan(schedule, m.today, holidays);
    open = cur === 'unknown' ? undefined : cur.find((iv) => iv.start <= m.minutes && m.minutes < iv.end);
  }
  if (!open) return CLOSED;
  const allDay = schedule.kind === 'always';
  return { open: true, confident: isConfident(schedule, m.at), allDay, languages: open.languages };
}
