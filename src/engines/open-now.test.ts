import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DatedSchedule } from '../data/schema';
import { openNow, nextOpening } from './open-now';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';

const weekdays: DatedSchedule = {
  kind: 'weekly',
  rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }],
  holidays: 'closed',
  yearEnd: 'closed',
  asOf: '2026-04',
  statedAsOf: '2026-04',
  sources: ['x'],
  confidence: 'high',
};
const overnight: DatedSchedule = {
  ...weekdays,
  rules: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '18:15', close: '08:30' },
    { days: ['sat', 'sun', 'hol'], open: '00:00', close: '24:00' },
  ],
  holidays: 'own-rules',
};
const always: DatedSchedule = { kind: 'always', sources: ['x'], confidence: 'high', statedAsOf: null };
const unknown: DatedSchedule = { kind: 'unknown', note: 'receiving-centre-hours', statedAsOf: null };

describe('openNow', () => {
  it('weekday-only hours: open inside, closed outside, with the next opening', () => {
    expect(openNow(weekdays, tokyo('2026-11-24T10:00'), testHolidays)).toMatchObject({
      state: 'open',
      confident: true,
      until: tokyo('2026-11-24T17:00'),
    });
    const evening = openNow(weekdays, tokyo('2026-11-24T17:00'), testHolidays);
    expect(evening).toEqual({ state: 'closed', confident: true, opensAt: tokyo('2026-11-25T09:00') });
    const saturday = openNow(weekdays, tokyo('2026-11-28T10:00'), testHolidays);
    expect(saturday).toEqual({ state: 'closed', confident: true, opensAt: tokyo('2026-11-30T09:00') });
  });

  it('closed on a public holiday (Labour Thanksgiving Day, Monday 2026-11-23)', () => {
    expect(openNow(weekdays, tokyo('2026-11-23T10:00'), testHolidays)).toEqual({
      state: 'closed',
      confident: true,
      opensAt: tokyo('2026-11-24T09:00'),
    });
  });

  it('a holiday the source says nothing about is unknown, not closed', () => {
    const unspecified = { ...weekdays, holidays: 'unspecified' as const };
    expect(openNow(unspecified, tokyo('2026-11-23T10:00'), testHolidays).state).toBe('unknown');
    expect(openNow(unspecified, tokyo('2026-11-24T10:00'), testHolidays).state).toBe('open');
  });

  it('closed over the year end (12/29–1/3) and opens on 1/4', () => {
    expect(openNow(weekdays, tokyo('2026-12-30T10:00'), testHolidays)).toEqual({
      state: 'closed',
      confident: true,
      opensAt: tokyo('2027-01-04T09:00'),
    });
    expect(
      openNow({ ...weekdays, yearEnd: 'unspecified' }, tokyo('2026-12-30T10:00'), testHolidays).state,
    ).toBe('unknown');
  });

  it('overnight 18:15–8:30 spans midnight and runs into a 24 h weekend', () => {
    expect(openNow(overnight, tokyo('2026-11-25T23:00'), testHolidays)).toMatchObject({
      state: 'open',
      until: tokyo('2026-11-26T08:30'),
    });
    expect(openNow(overnight, tokyo('2026-11-26T07:00'), testHolidays)).toMatchObject({ state: 'open' });
    expect(openNow(overnight, tokyo('2026-11-26T12:00'), testHolidays)).toEqual({
      state: 'closed',
      confident: true,
      opensAt: tokyo('2026-11-26T18:15'),
    });
    // Friday 18:15 runs on through Saturday and Sunday (24 h each) to Sunday's end.
    expect(openNow(overnight, tokyo('2026-11-27T20:00'), testHolidays)).toMatchObject({
      state: 'open',
      until: tokyo('2026-11-30T00:00'),
    });
  });

  it('24 hours is open at any time; unknown stays unknown', () => {
    expect(openNow(always, tokyo('2026-01-01T03:00'), testHolidays)).toMatchObject({
      state: 'open',
      allDay: true,
    });
    expect(openNow(unknown, tokyo('2026-11-24T10:00'), testHolidays)).toEqual({
      state: 'unknown',
      note: 'receiving-centre-hours',
    });
  });

  it('never answers confidently from old or medium-confidence hours', () => {
    const old = { ...weekdays, asOf: '2020', statedAsOf: '2020' };
    expect(openNow(old, tokyo('2026-11-24T10:00'), testHolidays)).toMatchObject({
      state: 'open',
      confident: false,
    });
    const medium = { ...weekdays, confidence: 'medium' as const };
    expect(openNow(medium, tokyo('2026-11-24T10:00'), testHolidays)).toMatchObject({ confident: false });
  });

  it('applies rules for some weeks of the month only (last Sunday)', () => {
    const lastSunday: DatedSchedule = {
      ...weekdays,
      rules: [{ days: ['sun'], open: '09:00', close: '17:00', weeks: [-1] }],
      holidays: 'open',
    };
    expect(openNow(lastSunday, tokyo('2026-11-29T10:00'), testHolidays).state).toBe('open');
    expect(openNow(lastSunday, tokyo('2026-11-22T10:00'), testHolidays).state).toBe('closed');
  });

  it('says "unknown" outside the years whose holidays are loaded', () => {
    expect(openNow(weekdays, tokyo('2031-05-13T10:00'), testHolidays).state).toBe('unknown');
    expect(nextOpening(weekdays, tokyo('2031-05-13T10:00'), testHolidays)).toBe('unknown');
  });

  it('gives the same answer whatever the device time zone', () => {
    const zones = [
      'Asia/Tokyo',
      'UTC',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'Asia/Kathmandu',
      'Europe/Lisbon',
    ];
    const original = process.env.TZ;
    const start = tokyo('2025-01-01T00:00').getTime();
    const end = tokyo('2027-12-31T23:00').getTime();
    try {
      fc.assert(
        fc.property(
          fc.integer({ min: start, max: end }),
          fc.constantFrom(...zones),
          fc.constantFrom(weekdays, overnight),
          (ms, zone, schedule) => {
            process.env.TZ = 'Asia/Tokyo';
            const expected = openNow(schedule, new Date(ms), testHolidays);
            process.env.TZ = zone;
            expect(openNow(schedule, new Date(ms), testHolidays)).toEqual(expected);
          },
        ),
        { numRuns: 300 },
      );
    } finally {
      process.env.TZ = original;
    }
  });
});
