// Weekday names, "weekday and time" and "month year" for every app locale, written out at build
// time from Node's Intl (CLDR data, as a browser's Intl has) into each locale's "common" words.
// The first Intl date formatter a page builds costs a slow phone ~100 ms (its ICU set-up): with
// these tables a start page, the finder's cards and the language notes show dates without one.
// src/lib/clock-format.ts fills the templates; locales missing here fall back to Intl. The words
// are those of the CLDR in the Node that builds (Node 20.20: ICU 78, CLDR 48); a newer Node may
// word a month differently, never a fact.
import { PSEUDO_LOCALE } from './pseudo-locale.ts';
import { CLOCK_MARK, intlLocale, type ClockWords } from '../src/lib/clock-words.ts';

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
  const digits = new Intl.NumberFormat(locale, { useGrouping: false });
  const out = Array.from({ length: 10 }, (_, d) => digits.format(d)).join('');
  if (out.length !== 10) throw new Error(`clock words: ${locale} digits "${out}" are not one character each`);
  return out;
}

/** "weekday and time" with both marked: the run from the hour to the minute becomes the time. */
function weekdayTimeTemplate(locale: string, parts: Part[]): string {
  const first = parts.findIndex((p) => p.type === 'hour');
  const last = parts.findIndex((p) => p.type === 'minute');
  if (first < 0 || last < first) throw new Error(`clock words: ${locale} has no hour:minute run`);
  return template(
    locale,
    [...parts.slice(0, first), { type: 'literal', value: CLOCK_MARK.time }, ...parts.slice(last + 1)],
    {
      weekday: CLOCK_MARK.weekday,
    },
  );
}

export function clockWordsFor(locale: string): ClockWords {
  const digits = digitsOf(locale);
  // 24-hour, as the app writes times (clockTime): no AM/PM to place.
  const weekdayTime = fmt(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
  const weekday = fmt(locale, { weekday: 'short' });
  const yearMonth = fmt(locale, { year: 'numeric', month: 'short' });
  const templates = new Set(
    Array.from({ length: 7 * 24 }, (_, i) =>
      weekdayTimeTemplate(
        locale,
        weekdayTime.formatToParts(utc(0, 1 + (i % 7), Math.floor(i / 7), SAMPLE_MINUTE)),
      ),
    ),
  );
  if (templates.size !== 1)
    throw new Error(`clock words: ${locale} "weekday and time" varies: ${[...templates].join(' / ')}`);
  // Calendars other than the Gregorian count years differently (Thai: Buddhist era, +543).
  const sampleYear = partOf(yearMonth.formatToParts(utc(0, 1)), 'year');
  const yearOffset = Number([...sampleYear].map((c) => digits.indexOf(c)).join('')) - SAMPLE_YEAR;
  if (!Number.isFinite(yearOffset) || [...sampleYear].some((c) => !digits.includes(c)))
    throw new Error(`clock words: ${locale} year "${sampleYear}" is not in its digits`);
  return {
    digits,
    weekdays: Array.from({ length: 7 }, (_, i) => weekday.format(utc(0, 1 + i))),
    weekdaysInTime: Array.from({ length: 7 }, (_, i) =>
      partOf(weekdayTime.formatToParts(utc(0, 1 + i, 9, SAMPLE_MINUTE)), 'weekday'),
    ),
    weekdayTime: [...templates][0],
    yearMonth: Array.from({ length: 12 }, (_, m) =>
      template(locale, yearMonth.formatToParts(utc(m, 1)), { year: CLOCK_MARK.year }),
    ),
    yearOffset,
  };
}

/**
 * A locale's "common" words with its clock words added under `clock` (read by
 * src/lib/clock-format.ts). "common" is always there for the reader's language (inline on a start
 * page, fetched with a language change), so the words never need a load of their own.
 */
// Each locale's words once per build (the locale files and every start page ask).
const written = new Map<string, ClockWords>();

export function withClockWords(code: string, common: Record<string, unknown>): Record<string, unknown> {
  const locale = code === PSEUDO_LOCALE ? 'en' : intlLocale(code);
  if (!written.has(locale)) written.set(locale, clockWordsFor(locale));
  return { ...common, clock: written.get(locale) };
}
