// Times, weekdays and "month year" in the reader's language without the browser's Intl date
// formatting, whose first use costs a slow phone ~100 ms (ICU set-up): weekday and month words come
// with the reader's "common" words (written at build time by plugins/clock-words.ts); times are
// 24-hour like the hours lines. Words not there (a locale the build did not cover) come from Intl.
import i18next from 'i18next';
import { CLOCK_MARK, clockTime, intlLocale, type ClockWords } from './clock-words';

// Tokyo wall-clock time is the instant read in UTC after +9 h (no daylight saving; the engines'
// tokyo-time does the same, but importing it here split it into a chunk of its own).
const asTokyoUtc = (at: Date) => new Date(at.getTime() + 9 * 60 * 60 * 1000);
// Only for words the build did not write (rare): the browser's Intl, built on demand.
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });

/** The reader's clock words, if they are what `locale` asks for. */
function table(locale: string): ClockWords | undefined {
  const lng = i18next.language;
  if (!lng || intlLocale(lng) !== locale) return undefined;
  return i18next.getResource(lng, 'common', 'clock') as ClockWords | undefined;
}

const inDigits = (n: number, digits: string) => [...String(n)].map((d) => digits[Number(d)]).join('');

/** Short weekday name; 0 = Monday … 6 = Sunday. */
export function weekdayShort(locale: string, mondayFirst: number): string {
  const t = table(locale);
  if (t) return t.weekdays[mondayFirst];
  // 2024-01-01 was a Monday.
  return dateFormat(locale, { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, 1 + mondayFirst)));
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Whether two instants fall on the same Tokyo calendar day. */
export const sameTokyoDay = (a: Date, b: Date): boolean =>
  Math.floor(asTokyoUtc(a).getTime() / DAY_MS) === Math.floor(asTokyoUtc(b).getTime() / DAY_MS);

/** "9:05", "17:30": the Tokyo time of day of an instant. */
export function tokyoTimeText(at: Date): string {
  const t = asTokyoUtc(at);
  return clockTime(t.getUTCHours() * 60 + t.getUTCMinutes());
}

/** "Tue 9:05", "9:05 (火)", … : the Tokyo weekday and time of an instant. */
export function tokyoWeekdayTimeText(locale: string, at: Date): string {
  const mondayFirst = (asTokyoUtc(at).getUTCDay() + 6) % 7;
  const t = table(locale);
  const weekday = t
    ? t.weekdaysInTime[mondayFirst]
    : dateFormat(locale, { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, 1 + mondayFirst)));
  const pattern = t?.weekdayTime ?? `${CLOCK_MARK.weekday} ${CLOCK_MARK.time}`;
  return pattern.replace(CLOCK_MARK.weekday, weekday).replace(CLOCK_MARK.time, tokyoTimeText(at));
}

/** "Apr 2024", "2024年4月", … ; month 1–12. */
export function yearMonthText(locale: string, year: number, month: number): string {
  const t = table(locale);
  if (!t)
    return dateFormat(locale, { year: 'numeric', month: 'short' }).format(
      new Date(Date.UTC(year, month - 1, 1)),
    );
  return t.yearMonth[month - 1].replace(CLOCK_MARK.year, inDigits(year + t.yearOffset, t.digits));
}
