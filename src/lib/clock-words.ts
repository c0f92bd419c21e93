// The shape of the build-time clock tables (plugins/clock-words.ts) and the marks their templates
// carry where a time, weekday or year goes. Shared by the build and src/lib/clock-format.ts.

export const CLOCK_MARK = { time: '\uE000', weekday: '\uE001', year: '\uE002' } as const;

export interface ClockWords {
  /** The locale's digits 0–9 for years (Latin for most, Devanagari for Nepali). */
  digits: string;
  /** Short weekday names on their own, Monday first. */
  weekdays: string[];
  /** The same names inside a "weekday and time" (some languages inflect them there). */
  weekdaysInTime: string[];
  /** Where the weekday and the time go in "weekday and time" ("\uE001 \uE000", "\uE000 (\uE001)"). */
  weekdayTime: string;
  /** Per month 1–12 (index 0–11): "month year" with the year's mark. */
  yearMonth: string[];
  /** What the locale's calendar adds to the Gregorian year (Thai Buddhist era: 543). */
  yearOffset: number;
}

/** Intl has no tag for やさしい日本語: its dates are Japanese. */
export const intlLocale = (lng: string): string => (lng === 'ja-x-easy' ? 'ja' : lng);

/**
 * A time of day as the windows' own notices write it and the hours lines show it: 24-hour, Latin
 * digits ("9:00", "17:30"), in every language (the phone numbers beside it are Latin digits too).
 */
export const clockTime = (minutes: number): string =>
  `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
