// Wall-clock time in Asia/Tokyo, whatever the device's time zone. Japan has no daylight saving,
// so a fixed +9 h offset is exact (and needs no Intl time-zone data on old phones).
const OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TokyoDay {
  ymd: string;
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export function tokyoDay(at: Date): TokyoDay {
  const t = new Date(at.getTime() + OFFSET_MS);
  const year = t.getUTCFullYear();
  const month = t.getUTCMonth() + 1;
  const day = t.getUTCDate();
  return {
    ymd: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    year,
    month,
    day,
    weekday: t.getUTCDay(),
  };
}

/** Minutes since Tokyo midnight. */
export function tokyoMinutes(at: Date): number {
  const t = new Date(at.getTime() + OFFSET_MS);
  return t.getUTCHours() * 60 + t.getUTCMinutes() + t.getUTCSeconds() / 60;
}

/** The instant of a Tokyo wall-clock time (minutes may exceed 24 h: the next day). */
export function tokyoInstant(ymd: string, minutes: number): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - OFFSET_MS + minutes * 60_000);
}

export function addDays(ymd: string, days: number): string {
  return tokyoDay(new Date(tokyoInstant(ymd, 12 * 60).getTime() + days * DAY_MS)).ymd;
}

export function parseHHMM(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
