// The build-time tables against the browser's way (Intl) for every locale, hour, minute and weekday
// the app shows: filling a template must give what Intl gives.
import { describe, expect, it } from 'vitest';
import tables from 'virtual:clock-words';
import { LOCALES } from './languages';
import { intlLocale } from './clock-words';
import { tokyoTimeText, tokyoWeekdayTimeText, weekdayShort, yearMonthText } from './clock-format';

const tokyo = (options: Intl.DateTimeFormatOptions, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Tokyo', ...options });
// 2026-12-07 was a Monday; 00:00 Tokyo is 15:00 UTC the day before.
const tokyoInstant = (day: number, hour: number, minute: number) =>
  new Date(Date.UTC(2026, 11, 7 + day, hour - 9, minute));

const locales = [...new Set(LOCALES.map((l) => intlLocale(l.code)))];

describe('clock tables', () => {
  it('cover every locale the app formats in', () => {
    expect(Object.keys(tables).sort()).toEqual([...locales].sort());
  });

  it.each(locales)('%s: times and weekday-times as Intl writes them', (locale) => {
    const time = tokyo({ hour: 'numeric', minute: '2-digit' }, locale);
    const weekdayTime = tokyo({ weekday: 'short', hour: 'numeric', minute: '2-digit' }, locale);
    for (let day = 0; day < 7; day++)
      for (let hour = 0; hour < 24; hour++)
        for (const minute of [0, 5, 30, 59]) {
          const at = tokyoInstant(day, hour, minute);
          expect(tokyoTimeText(locale, at)).toBe(time.format(at));
          expect(tokyoWeekdayTimeText(locale, at)).toBe(weekdayTime.format(at));
        }
  });

  it.each(locales)('%s: weekday names and month-year as Intl writes them', (locale) => {
    const weekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' });
    for (let i = 0; i < 7; i++)
      expect(weekdayShort(locale, i)).toBe(weekday.format(new Date(Date.UTC(2024, 0, 1 + i))));
    const yearMonth = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' });
    for (const year of [2019, 2024, 2031])
      for (let month = 1; month <= 12; month++)
        expect(yearMonthText(locale, year, month)).toBe(
          yearMonth.format(new Date(Date.UTC(year, month - 1, 1))),
        );
  });

  it('a locale without a table falls back to Intl', () => {
    expect(tables['fr']).toBeUndefined();
    const at = tokyoInstant(1, 15, 5);
    expect(tokyoWeekdayTimeText('fr', at)).toBe(
      tokyo({ weekday: 'short', hour: 'numeric', minute: '2-digit' }, 'fr').format(at),
    );
    expect(yearMonthText('fr', 2024, 4)).toBe('avr. 2024');
  });

  it('Thai counts years in the Buddhist era and Nepali writes its own digits', () => {
    expect(yearMonthText('th', 2024, 4)).toContain('2567');
    expect(tokyoTimeText('ne', tokyoInstant(0, 15, 7))).toContain('०७');
  });
});
