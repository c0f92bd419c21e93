// The shape of the build-time clock tables (plugins/clock-words.ts) and the marks their templates
// carry where a minute, weekday or year goes. Shared by the build and src/lib/clock-format.ts.

export const CLOCK_MARK = { minute: '\uE000', weekday: '\uE001', year: '\uE002' } as const;

export interface ClockWords {
  /** The locale's digits 0–9 (Latin for most, Devanagari for Nepali). */
  digits: string;
  /** Short weekday names on their own, Monday first. */
  weekdays: string[];
  /** The same names inside a "weekday and time" (some languages inflect them there). */
  weekdaysInTime: string[];
  /** Per hour 0–23: the time of day with the minute's mark ("9:\uE000 AM"). */
  time: string[];
  /** Per hour 0–23: weekday and time of day with both marks. */
  weekdayTime: string[];
  /** Per month 1–12 (index 0–11): "month year" with the year's mark. */
  yearMonth: string[];
  /** What the locale's calendar adds to the Gregorian year (Thai Buddhist era: 543). */
  yearOffset: number;
}

/** Intl has no tag for やさしい日本語: its dates are Japanese. */
export const intlLocale = (lng: string): string => (lng === 'ja-x-easy' ? 'ja' : lng);
