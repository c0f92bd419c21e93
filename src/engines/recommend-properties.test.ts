// Property tests: whatever the answers and the moment, the engine keeps its promises.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { channelHours, windows } from '../data/catalogue';
import { CONTENT_LANGS } from '../data/schema';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';
import { openNow } from './open-now';
import { dialableFromAnyPhone } from './any-phone';
import { AGE_BANDS, NEED_ANSWERS, recommend, type Answers, type Recommendation } from './recommend';

const ctx = { holidays: testHolidays, dated: channelHours };
const listed = (r: Recommendation) => [...r.urgent, ...r.ranked].map((x) => x.window.id);
const WOMEN_ONLY = windows.filter((w) => w.eligibility.gender === 'women').map((w) => w.id);
const MEN_ONLY = windows.filter((w) => w.eligibility.gender === 'men').map((w) => w.id);

const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    danger: fc.constantFrom('yes', 'no', 'unsure', 'skip'),
    about: fc.constantFrom('me', 'someone', 'child', 'skip'),
    age: fc.constantFrom(...AGE_BANDS, 'skip'),
    gender: fc.constantFrom('woman', 'man', 'another', 'skip'),
    language: fc.constantFrom(...CONTENT_LANGS, 'skip'),
    children: fc.constantFrom('yes', 'no', 'skip'),
    needs: fc.oneof(fc.subarray([...NEED_ANSWERS]), fc.constant('skip' as const)),
    relationship: fc.constantFrom('spouse', 'ex', 'dating', 'family', 'skip'),
  },
  { requiredKeys: [] },
);
const momentArb = fc.date({
  min: tokyo('2025-01-01T00:00'),
  max: tokyo('2027-12-31T23:59'),
  noInvalidDate: true,
});

describe('recommend: properties', () => {
  it('any answers at any moment in 2025–2027: a non-empty list ending at a phone line confidently open then', () => {
    fc.assert(
      fc.property(answersArb, momentArb, (answers, at) => {
        const r = recommend(answers, windows, at, ctx);
        expect(r.urgent.length + r.ranked.length).toBeGreaterThan(0);
        expect(listed(r)).toContain(r.fallback.window.id);
        expect(r.fallback.window.kind).not.toBe('emergency');
        const phones = r.fallback.window.channels.filter(
          (c) => c.kind === 'tel' && c.number && c.confidence === 'high',
        );
        const open = phones.map((c) => openNow(channelHours(r.fallback.window, c), at, testHolidays));
        expect(open.some((s) => s.state === 'open' && s.confident)).toBe(true);
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('danger yes or unsure: 110 comes first; no window is listed twice; gender rules always hold', () => {
    fc.assert(
      fc.property(answersArb, momentArb, (answers, at) => {
        const r = recommend(answers, windows, at, ctx);
        if (answers.danger === 'yes' || answers.danger === 'unsure')
          expect(r.urgent[0]?.window.id).toBe('police-110');
        else expect(r.urgent).toEqual([]);
        expect(new Set(listed(r)).size).toBe(listed(r).length);
        const barred =
          answers.about === 'child'
            ? []
            : answers.gender === 'man'
              ? WOMEN_ONLY
              : answers.gender === 'woman'
                ? MEN_ONLY
                : [];
        for (const id of barred) expect(listed(r)).not.toContain(id);
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('at 03:00 on a year-end night, whatever the answers, the fallback is a line that works from any phone', () => {
    const nights = ['2025-12-29', '2025-12-31', '2026-01-01', '2026-01-03', '2026-12-30', '2027-01-02'];
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...nights), (answers, day) => {
        const at = tokyo(`${day}T03:00`);
        const fb = recommend(answers, windows, at, ctx).fallback.window;
        const dialable = fb.channels.filter((c) => c.confidence === 'high' && dialableFromAnyPhone(c));
        expect(dialable.length, fb.id).toBeGreaterThan(0);
        const open = dialable.map((c) => openNow(channelHours(fb, c), at, testHolidays));
        expect(
          open.some((s) => s.state === 'open' && s.confident),
          fb.id,
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
