// Property tests: whatever the answers and the moment, the engine keeps its promises.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { channelHours, windows } from '../data/catalogue';
import { CONTENT_LANGS } from '../data/schema';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';
import { openNow } from './open-now';
import { dialableFromAnyPhone } from './any-phone';
import { AGE_BANDS, NEED_ANSWERS, recommend, type Answers, type Recommendation } from './recommend';
import { personFrom, WAY_IN_ANSWERS } from './recommend-person';
import { factsOf } from './recommend-facts';
import { meetsNeed } from './recommend-fit';
import { checkEligibility } from './eligibility';
import { ANSWER_REASONS } from './recommend-score';

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

// Hundreds of runs each: generous limits so a busy shared machine does not fail them (no speed is tested here).
const LIMIT = { timeout: 60_000 };

describe('recommend: properties', LIMIT, () => {
  it('any answers at any moment in 2025–2027: a non-empty list ending at a phone line confidently open then', () => {
    fc.assert(
      fc.property(answersArb, momentArb, (answers, at) => {
        const r = recommend(answers, windows, at, ctx);
        expect(r.urgent.length + r.ranked.length).toBeGreaterThan(0);
        // Not always among the results: when none that fits is open, its own section shows it.
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
  });

  it('no result lacks a reason tied to an answer', () => {
    fc.assert(
      fc.property(answersArb, momentArb, (answers, at) => {
        const r = recommend(answers, windows, at, ctx);
        for (const x of [...r.urgent, ...r.ranked])
          expect(
            x.reasons.some((q) => ANSWER_REASONS.has(q.code)),
            x.window.id,
          ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a chosen need is covered among the first results whenever an eligible window serves it', () => {
    const topics = NEED_ANSWERS.filter((n) => !WAY_IN_ANSWERS.includes(n));
    const fewNeeds = answersArb.chain((a) =>
      fc.subarray([...topics], { minLength: 1, maxLength: 2 }).map((needs) => ({ ...a, needs })),
    );
    fc.assert(
      fc.property(fewNeeds, momentArb, (answers, at) => {
        const r = recommend(answers, windows, at, ctx);
        const first = [...r.urgent, ...r.ranked.slice(0, 5)];
        const person = personFrom(answers);
        for (const need of answers.needs) {
          const serves = windows.some(
            (w) =>
              w.kind !== 'emergency' &&
              meetsNeed(factsOf(w, ctx), need) &&
              checkEligibility(w.eligibility, person.profile).eligible &&
              r.ranked.some((x) => x.window.id === w.id),
          );
          if (serves)
            expect(
              first.some((x) => meetsNeed(factsOf(x.window, ctx), need)),
              need,
            ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no window appears that a stated age limit clearly excludes', () => {
    fc.assert(
      fc.property(answersArb, momentArb, (answers, at) => {
        const r = recommend(answers, windows, at, ctx);
        const band = { 'under-13': [0, 12], '13-15': [13, 15], '16-17': [16, 17], '18': [18, 18] }[
          answers.age as string
        ];
        // The age given is of the person the help is about; only a parent's call about an
        // unknown child's age escapes the limit.
        const asParent = answers.about === 'me' && answers.children !== 'no';
        if (!band || answers.about === undefined || answers.about === 'skip') return;
        for (const x of [...r.urgent, ...r.ranked]) {
          const e = x.window.eligibility;
          if (asParent && e.callers?.includes('parents')) continue;
          if (e.ageMax !== undefined) expect(band[0] <= e.ageMax, x.window.id).toBe(true);
          if (e.ageMin !== undefined) expect(band[1] >= e.ageMin, x.window.id).toBe(true);
        }
        const adult = answers.age === '25-64' || answers.age === '65+';
        if (adult && answers.about !== 'me')
          for (const x of r.ranked) expect(x.window.eligibility.ageMax, x.window.id).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('a window shown open now is open by its sourced hours at that moment', () => {
    fc.assert(
      fc.property(answersArb, momentArb, (answers, at) => {
        const r = recommend(answers, windows, at, ctx);
        for (const x of r.ranked) {
          const codes = x.reasons.map((q) => q.code);
          if (!codes.includes('open-now') && !codes.includes('hours-24') && !codes.includes('usually-open'))
            continue;
          const states = [
            openNow(channelHours(x.window), at, testHolidays),
            ...x.window.channels
              .filter((c) => c.confidence !== 'unknown' && c.hours)
              .map((c) => openNow(channelHours(x.window, c), at, testHolidays)),
          ];
          const confident = !codes.includes('usually-open');
          expect(
            states.some((st) => st.state === 'open' && st.confident === confident),
            x.window.id,
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

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
