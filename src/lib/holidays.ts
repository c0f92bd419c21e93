// Japanese public holidays from @holiday-jp/holiday_jp, loaded a year at a time (each year is a
// small lazy chunk) instead of the library's whole 1970–2050 table.
import holidayJp from '@holiday-jp/holiday_jp/lib/no_autoload_holidays';
import type { HolidayLookup } from '../engines/open-now';
import { tokyoDay } from '../engines/tokyo-time';

type YearTable = Record<string, unknown>;
const YEAR_FILES: Record<number, () => Promise<unknown>> = {
  2024: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2024.js'),
  2025: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2025.js'),
  2026: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2026.js'),
  2027: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2027.js'),
  2028: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2028.js'),
  2029: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2029.js'),
  2030: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2030.js'),
  2031: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2031.js'),
  2032: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2032.js'),
  2033: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2033.js'),
  2034: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2034.js'),
  2035: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2035.js'),
  2036: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2036.js'),
  2037: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2037.js'),
  2038: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2038.js'),
  2039: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2039.js'),
  2040: () => import('@holiday-jp/holiday_jp/lib/holidays_every_year/2040.js'),
};

const loaded = new Map<number, YearTable>();

function tableOf(mod: unknown): YearTable {
  const m = mod as { default?: YearTable };
  return m.default ?? (mod as YearTable);
}

/**
 * A lookup for the given years. The library's own isHoliday() formats dates in the device's time
 * zone, so we look the Tokyo date string up in its table directly.
 */
export function lookupFor(tables: Map<number, YearTable>): HolidayLookup {
  holidayJp.setHolidays([...tables.values()] as Parameters<typeof holidayJp.setHolidays>[0]);
  const years = new Set(tables.keys());
  const all = holidayJp.holidays as Record<string, unknown>;
  return {
    isHoliday(ymd: string) {
      if (!years.has(Number(ymd.slice(0, 4)))) return null;
      return ymd in all;
    },
  };
}

/** The lookup for this Tokyo year and the next if both are loaded already (a first render can use it). */
export function loadedHolidays(at: Date = new Date()): HolidayLookup | null {
  const year = tokyoDay(at).year;
  const ready = [year, year + 1].every((y) => loaded.has(y) || !YEAR_FILES[y]);
  return ready ? lookupFor(loaded) : null;
}

/** Loads this Tokyo year and the next (for "opens on …" across New Year). Unknown years stay unknown. */
export async function loadHolidays(at: Date = new Date()): Promise<HolidayLookup> {
  const year = tokyoDay(at).year;
  await Promise.all(
    [year, year + 1].map(async (y) => {
      const load = YEAR_FILES[y];
      if (!load || loaded.has(y)) return;
      try {
        loaded.set(y, tableOf(await load()));
      } catch {
        // Offline without this chunk: holidays in that year stay "unknown".
      }
    }),
  );
  return lookupFor(loaded);
}
