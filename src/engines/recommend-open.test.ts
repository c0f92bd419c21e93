import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { channelHours, windows } from '../data/catalogue';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';
import type { DatedSchedule } from '../data/schema';
import { openNow } from './open-now';
import { momentOf, openAt } from './recommend-open';

const schedules: DatedSchedule[] = windows.flatMap((w) => [
  channelHours(w),
  ...w.channels.map((c) => channelHours(w, c)),
]);
const overnight: DatedSchedule = {
  kind: 'weekly',
  rules: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '18:15', close: '08:30', languages: ['en'] },
    { days: ['sat', 'sun', 'hol'], open: '00:00', close: '24:00' },
  ],
  holidays: 'own-rules',
  yearEnd: 'closed',
  asOf: '2026-04',
  statedAsOf: '2026-04',
  sources: ['x'],
  confidence: 'high',
};

describe('openAt agrees with openNow on open, confident, all day and languages', () => {
  it('for every schedule in the catalogue (and an overnight one) at any moment in 2025–2027', () => {
    const all = [...schedules, overnight];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.date({ min: tokyo('2025-01-01T00:00'), max: tokyo('2027-12-31T23:59'), noInvalidDate: true }),
        (i, at) => {
          const full = openNow(all[i], at, testHolidays);
          const quick = openAt(all[i], momentOf(at), testHolidays);
          expect(quick.open).toBe(full.state === 'open');
          if (quick.open && full.state === 'open') {
            expect([quick.confident, quick.allDay, quick.languages]).toEqual([
              full.confident,
              full.allDay,
              full.languages,
            ]);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('an overnight line is open after midnight on the next morning', () => {
    expect(openAt(overnight, momentOf(tokyo('2026-11-26T07:00')), testHolidays)).toMatchObject({
      open: true,
      languages: ['en'],
    });
    expect(openAt(overnight, momentOf(tokyo('2026-11-26T12:00')), testHolidays)).toEqual({ open: false });
  });
});
