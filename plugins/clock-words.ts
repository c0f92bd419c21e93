// Weekday names, times of day and "month year" for every app locale, written out at build time from
// Node's Intl (the same CLDR data a browser's Intl uses) and served as `virtual:clock-words`. The
// first Intl date formatter a page builds costs a slow phone ~100 ms (its ICU set-up): with these
// tables a start page, the finder's cards and the language notes show times without building one.
// src/lib/clock-format.ts fills the templates; locales missing here fall back to Intl.
import type { Plugin } from 'vite';
import { LOCALES } from '../src/lib/languages.ts';
import { CLOCK_MARK, intlLocale, type ClockWords } from '../src/lib/clock-words.ts';

const ID = 'virtual:clock-words';
// Samples: 2024-01-01 was a Monday; minute 7 and year 2024 are distinct from every other part.
const SAMPLE_MINUTE = 7;
const SAMPLE_YEAR = 2024;
const utc = (month: number, day: number, hour = 0, minute = 0) =>
  new Date(Date.UTC(SAMPLE_YEAR, month, day, hour, minute));

type Part = Intl.DateTimeFormatPart;
const fmt = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });

/**
 * The formatted parts with the named ones replaced by their marks; throws if one is missing. V8's
 * format() writes a plain space where the parts carry U+202F (web compatibility): so does this.
 */
function template(locale: string, parts: Part[], marks: Partial<Record<Part['type'], string>>): string {
  for (const type of Object.keys(marks))
    if (!parts.some((p) => p.type === type)) throw new Error(`clock words: ${locale} has no ${type} part`);
  return parts.map((p) => marks[p.type] ?? p.value.replace(/\u202f/g, ' ')).join('');
}

const partOf = (parts: Part[], type: Part['type']) => parts.find((p) => p.type === type)?.value ?? '';

function digitsOf(locale: string): string {
  const minute = fmt(locale, { hour: 'numeric', minute: '2-digit' });
  const digits = Array.from({ length: 10 }, (_, d) =>
    partOf(minute.formatToParts(utc(0, 1, 0, d)), 'minute'),
  );
  if (digits.some((d) => d.length !== 2))
    throw new Error(`clock words: ${locale} minutes are not two digits`);
  return digits.map((d) => d[1]).join('');
}

export function clockWordsFor(locale: string): ClockWords {
  const digits = digitsOf(locale);
  const hours = Array.from({ length: 24 }, (_, h) => h);
  const time = fmt(locale, { hour: 'numeric', minute: '2-digit' });
  const weekdayTime = fmt(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  const weekday = fmt(locale, { weekday: 'short' });
  const yearMonth = fmt(locale, { year: 'numeric', month: 'short' });
  // Calendars other than the Gregorian count years differently (Thai: Buddhist era, +543).
  const sampleYear = partOf(yearMonth.formatToParts(utc(0, 1)), 'year');
  const yearOffset = Number([...sampleYear].map((c) => digits.indexOf(c)).join('')) - SAMPLE_YEAR;
  if (!Number.isFinite(yearOffset))
    throw new Error(`clock words: ${locale} year "${sampleYear}" not numeric`);
  return {
    digits,
    weekdays: Array.from({ length: 7 }, (_, i) => weekday.format(utc(0, 1 + i))),
    weekdaysInTime: Array.from({ length: 7 }, (_, i) =>
      partOf(weekdayTime.formatToParts(utc(0, 1 + i, 9, SAMPLE_MINUTE)), 'weekday'),
    ),
    time: hours.map((h) =>
      template(locale, time.formatToParts(utc(0, 1, h, SAMPLE_MINUTE)), { minute: CLOCK_MARK.minute }),
    ),
    weekdayTime: hours.map((h) =>
      template(locale, weekdayTime.formatToParts(utc(0, 1, h, SAMPLE_MINUTE)), {
        minute: CLOCK_MARK.minute,
        weekday: CLOCK_MARK.weekday,
      }),
    ),
    yearMonth: Array.from({ length: 12 }, (_, m) =>
      template(locale, yearMonth.formatToParts(utc(m, 1)), { year: CLOCK_MARK.year }),
    ),
    yearOffset,
  };
}

/** One table per Intl locale the app formats in (やさしい日本語 formats as Japanese). */
export function clockTables(): Record<string, ClockWords> {
  const locales = [...new Set(LOCALES.map((l) => intlLocale(l.code)))];
  return Object.fromEntries(locales.map((l) => [l, clockWordsFor(l)]));
}

export function clockWords(): Plugin {
  return {
    name: 'madoguchi-clock-words',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(clockTables())};` : null),
  };
}
