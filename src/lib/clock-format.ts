// Times, weekdays and "month year" in the reader's language from the build-time tables
// (plugins/clock-words.ts), so showing a time never waits for the browser to set up its date
// formatting (~100 ms on a slow phone, the first time). A locale without a table uses Intl.
import tables from 'virtual:clock-words';
import { tokyoDay, tokyoMinutes } from '../engines/tokyo-time';
import { CLOCK_MARK, type ClockWords } from './clock-words';
import { dateFormat } from './intl-format';

const table = (locale: string): ClockWords | undefined => tables[locale];

const inDigits = (n: number, digits: string, width = 1) =>
  [...String(n).padStart(width, '0')].map((d) => digits[Number(d)]).join('');

// Tokyo wall-clock parts: the instant shifted by +9 h reads as Tokyo time in UTC.
const TOKYO_AS_UTC_MS = 9 * 60 * 60 * 1000;
const asUtc = (at: Date) => new Date(at.getTime() + TOKYO_AS_UTC_MS);

/** Short weekday name; 0 = Monday … 6 = Sunday. */
export function weekdayShort(locale: string, mondayFirst: number): string {
  const t = table(locale);
  if (t) return t.weekdays[mondayFirst];
  // 2024-01-01 was a Monday.
  return dateFormat(locale, { timeZone: 'UTC', weekday: 'short' }).format(
    new Date(Date.UTC(2024, 0, 1 + mondayFirst)),
  );
}

/** "9:05", "9:05 AM", … : the Tokyo time of day of an instant. */
export function tokyoTimeText(locale: string, at: Date): string {
  const t = table(locale);
  if (!t)
    return dateFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(asUtc(at));
  const minutes = Math.floor(tokyoMinutes(at));
  return t.time[Math.floor(minutes / 60)].replace(CLOCK_MARK.minute, inDigits(minutes % 60, t.digits, 2));
}

/** "Tue 9:05 AM", "15:07 (月)", … : the Tokyo weekday and time of an instant. */
export function tokyoWeekdayTimeText(locale: string, at: Date): string {
  const t = table(locale);
  if (!t)
    return dateFormat(locale, {
      timeZone: 'UTC',
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
    }).format(asUtc(at));
  const minutes = Math.floor(tokyoMinutes(at));
  const mondayFirst = (tokyoDay(at).weekday + 6) % 7;
  return t.weekdayTime[Math.floor(minutes / 60)]
    .replace(CLOCK_MARK.minute, inDigits(minutes % 60, t.digits, 2))
    .replace(CLOCK_MARK.weekday, t.weekdaysInTime[mondayFirst]);
}

/** "Apr 2024", "2024年4月", … ; month 1–12. */
export function yearMonthText(locale: string, year: number, month: number): string {
  const t = table(locale);
  if (!t)
    return dateFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' }).format(
      new Date(Date.UTC(year, month - 1, 1)),
    );
  return t.yearMonth[month - 1].replace(CLOCK_MARK.year, inDigits(year + t.yearOffset, t.digits));
}
