import i18next from 'i18next';
import { sameTokyoDay, tokyoTimeText, tokyoWeekdayTimeText, weekdayShort } from '../../lib/clock-format';
import { intlLocale } from '../../lib/clock-words';

const locale = () => intlLocale(i18next.language);

/** The Tokyo time of day, 24-hour like the hours lines ("9:00", "17:30"). */
export const formatTime = (at: Date): string => tokyoTimeText(at);

/** "Tue 9:00", or just the time when it is today. */
export function formatWhen(at: Date, now: Date): string {
  if (sameTokyoDay(at, now)) return formatTime(at);
  return tokyoWeekdayTimeText(locale(), at);
}

/** Short weekday names, Monday first, in the reader's language. */
export function weekdayNames(): Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string> {
  const names = Array.from({ length: 7 }, (_, i) => weekdayShort(locale(), i));
  return {
    mon: names[0],
    tue: names[1],
    wed: names[2],
    thu: names[3],
    fri: names[4],
    sat: names[5],
    sun: names[6],
  };
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) opts.month = 'short';
  if (d) opts.day = 'numeric';
  return new Intl.DateTimeFormat(locale(), opts).format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
}
