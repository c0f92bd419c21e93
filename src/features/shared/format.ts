import i18next from 'i18next';

const TZ = 'Asia/Tokyo';

function locale(): string {
  const lng = i18next.language;
  return lng === 'ja-x-easy' ? 'ja' : lng;
}

export function formatTime(at: Date): string {
  return new Intl.DateTimeFormat(locale(), { timeZone: TZ, hour: 'numeric', minute: '2-digit' }).format(at);
}

/** "Tue 9:00", or just the time when it is today. */
export function formatWhen(at: Date, now: Date): string {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(d);
  if (day(at) === day(now)) return formatTime(at);
  return new Intl.DateTimeFormat(locale(), {
    timeZone: TZ,
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

/** Short weekday names, Monday first, in the reader's language. */
export function weekdayNames(): Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string> {
  const fmt = new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', weekday: 'short' });
  // 2024-01-01 was a Monday.
  const names = Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i))));
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
