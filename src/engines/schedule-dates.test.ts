// Hours that change by date: a campaign line is open only between its dates, a closure shuts a
// window whatever its weekly rules say, and "next open" knows the next date.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DatedSchedule } from '../data/schema';
import { openNow } from './open-now';
import { momentOf, openAt } from './recommend-open';
import { tokyoDay, tokyoInstant } from './tokyo-time';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';

// Like a campaign week of extended hours: 24 h, but only from 11/12 to 11/18.
const campaign: DatedSchedule = {
  kind: 'always',
  sources: ['x'],
  confidence: 'high',
  statedAsOf: null,
  between: { from: '2026-11-12', until: '2026-11-18' },
};
const weekdaysWithClosure: DatedSchedule = {
  kind: 'weekly',
  rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '09:00', close: '17:00' }],
  holidays: 'open',
  yearEnd: 'open',
  asOf: null,
  statedAsOf: null,
  sources: ['x'],
  confidence: 'high',
  closures: [{ from: '2026-08-01', until: '2026-08-31', sources: ['x'] }],
};

// Any instant from 2025 to the end of 2027 (the years the test holidays cover).
const instant = fc
  .integer({ min: Date.UTC(2025, 0, 2), max: Date.UTC(2027, 11, 30) })
  .map((ms) => new Date(ms));

describe('dated hours', () => {
  it('a campaign line is open exactly on its dates, and never shown open outside them', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const ymd = tokyoDay(at).ymd;
        const inside = ymd >= '2026-11-12' && ymd <= '2026-11-18';
        const state = openNow(campaign, at, testHolidays);
        expect(state.state).toBe(inside ? 'open' : 'closed');
        expect(openAt(campaign, momentOf(at), testHolidays).open).toBe(inside);
        if (state.state === 'closed') {
          expect(state.opensAt).toEqual(ymd < '2026-11-12' ? tokyoInstant('2026-11-12', 0) : null);
        }
      }),
    );
  });

  it('a closure shuts the window for its whole period, and next open is the day after', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const ymd = tokyoDay(at).ymd;
        if (ymd < '2026-08-01' || ymd > '2026-08-31') return;
        const state = openNow(weekdaysWithClosure, at, testHolidays);
        expect(state).toEqual({ state: 'closed', confident: true, opensAt: tokyo('2026-09-01T09:00') });
        expect(openAt(weekdaysWithClosure, momentOf(at), testHolidays).open).toBe(false);
      }),
    );
  });

  it('the campaign closes at the end of its last day', () => {
    expect(openNow(campaign, tokyo('2026-11-15T03:00'), testHolidays)).toMatchObject({
      state: 'open',
      allDay: true,
      until: tokyo('2026-11-19T00:00'),
    });
  });

  it('a year-end closure from a weaker source is closed but not said with confidence', () => {
    const withYou: DatedSchedule = {
      ...weekdaysWithClosure,
      closures: undefined,
      yearEnd: 'closed',
      yearEndConfidence: 'medium',
    };
    expect(openNow(withYou, tokyo('2026-12-30T10:00'), testHolidays)).toMatchObject({
      state: 'closed',
      confident: false,
    });
    expect(openNow(withYou, tokyo('2026-12-10T10:00'), testHolidays)).toMatchObject({
      state: 'open',
      confident: true,
    });
  });
});
