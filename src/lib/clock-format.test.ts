// The build-time clock words against Intl for every locale, weekday and month the app shows; times
// are 24-hour with Latin digits in every language, like the hours lines.
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { withClockWords } from '../../plugins/clock-words';
import { LOCALES } from './languages';
import { clockTime, intlLocale } from './clock-words';
import {
  sameTokyoDay,
  tokyoTimeText,
  tokyoWeekdayTimeText,
  weekdayShort,
  yearMonthText,
} from './clock-format';

// 2026-12-07 was a Monday; 00:00 Tokyo is 15:00 UTC the day before.
const tokyoInstant = (day: number, hour: number, minute: number) =>
  new Date(Date.UTC(2026, 11, 7 + day, hour - 9, minute));

const codes = LOCALES.map((l) => l.code);

beforeAll(async () => {
  await i18next.init({ lng: 'ja', resources: {}, initAsync: false });
  for (const code of codes) i18next.addResourceBundle(code, 'common', withClockWords(code, { title: 'x' }));
});

describe('clock words', () => {
  it('write times 24-hour in Tokyo time, whatever the device clock', () => {
    expect(clockTime(9 * 60 + 5)).toBe('9:05');
    expect(tokyoTimeText(tokyoInstant(0, 0, 0))).toBe('0:00');
    expect(tokyoTimeText(tokyoInstant(0, 17, 30))).toBe('17:30');
    expect(tokyoTimeText(tokyoInstant(0, 23, 59))).toBe('23:59');
    expect(sameTokyoDay(tokyoInstant(0, 0, 0), tokyoInstant(0, 23, 59))).toBe(true);
    expect(sameTokyoDay(tokyoInstant(0, 23, 59), tokyoInstant(1, 0, 0))).toBe(false);
  });

  it('are added to a locale’s common words, which keep their own', () => {
    const common = withClockWords('ko', { title: 'x' });
    expect(common.title).toBe('x');
    expect(common.clock).toMatchObject({ weekdays: expect.arrayContaining(['월']) as unknown });
  });

  it.each(codes)('%s: weekday names, weekday-and-time and month-year as Intl words them', async (code) => {
    await i18next.changeLanguage(code);
    const locale = intlLocale(code);
    const weekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' });
    const inTime = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Tokyo',
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (let i = 0; i < 7; i++) {
      expect(weekdayShort(locale, i)).toBe(weekday.format(new Date(Date.UTC(2024, 0, 1 + i))));
      for (const [hour, minute] of [
        [0, 0],
        [9, 5],
        [17, 30],
        [23, 59],
      ]) {
        const at = tokyoInstant(i, hour, minute);
        const text = tokyoWeekdayTimeText(locale, at);
        const name = inTime.formatToParts(at).find((p) => p.type === 'weekday')!.value;
        expect(text).toContain(name);
        expect(text).toContain(clockTime(hour * 60 + minute));
      }
    }
    const yearMonth = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' });
    for (const year of [2019, 2024, 2031])
      for (let month = 1; month <= 12; month++)
        expect(yearMonthText(locale, year, month)).toBe(
          yearMonth.format(new Date(Date.UTC(year, month - 1, 1))),
        );
  });

  it('puts weekday and time in each language’s order', async () => {
    const mondayMorning = tokyoInstant(0, 8, 30);
    await i18next.changeLanguage('en');
    expect(tokyoWeekdayTimeText('en', mondayMorning)).toBe('Mon 8:30');
    await i18next.changeLanguage('ja');
    expect(tokyoWeekdayTimeText('ja', mondayMorning)).toBe('8:30 (月)');
    await i18next.changeLanguage('ko');
    expect(tokyoWeekdayTimeText('ko', mondayMorning)).toBe('(월) 8:30');
  });

  it('words for another language than the reader’s, or none, come from Intl', async () => {
    await i18next.changeLanguage('ja');
    expect(tokyoWeekdayTimeText('fr', tokyoInstant(1, 15, 5))).toBe('mar. 15:05');
    expect(yearMonthText('fr', 2024, 4)).toBe('avr. 2024');
  });

  it('Thai counts years in the Buddhist era and Nepali writes its own digits', async () => {
    await i18next.changeLanguage('th');
    expect(yearMonthText('th', 2024, 4)).toContain('2567');
    await i18next.changeLanguage('ne');
    expect(yearMonthText('ne', 2024, 4)).toContain('२०२४');
  });
});
