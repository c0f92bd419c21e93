import { describe, expect, it } from 'vitest';
import type { Eligibility } from '../data/schema';
import { checkEligibility } from './eligibility';

const base: Eligibility = {
  gender: 'any',
  residency: 'anyone',
  children: 'unknown',
  conditions: [],
  note: 'n',
};

describe('checkEligibility', () => {
  it('never sends a man to a women-only line, nor a woman to a men-only line', () => {
    expect(checkEligibility({ ...base, gender: 'women' }, { gender: 'man' })).toMatchObject({
      gender: 'no',
      eligible: false,
    });
    expect(checkEligibility({ ...base, gender: 'men' }, { gender: 'woman' }).eligible).toBe(false);
    expect(checkEligibility({ ...base, gender: 'men' }, { gender: 'man' }).gender).toBe('yes');
  });
  it('"another" or no gender answer never excludes', () => {
    expect(checkEligibility({ ...base, gender: 'women' }, { gender: 'another' })).toMatchObject({
      gender: 'unknown',
      eligible: true,
    });
    expect(checkEligibility({ ...base, gender: 'men' }, {}).eligible).toBe(true);
  });
  it('checks age bands: outside is no, inside is yes, overlapping is unknown', () => {
    const kids = { ...base, ageMax: 18 };
    expect(checkEligibility(kids, { ageMin: 40, ageMax: 49 }).age).toBe('no');
    expect(checkEligibility(kids, { ageMin: 13, ageMax: 17 }).age).toBe('yes');
    expect(checkEligibility(kids, { ageMin: 18, ageMax: 24 }).age).toBe('unknown');
    expect(checkEligibility(kids, {}).age).toBe('unknown');
  });
  it('a scheme for parents excludes only those who said they have no children', () => {
    const parents = { ...base, children: 'required' as const };
    expect(checkEligibility(parents, { hasChildren: false }).eligible).toBe(false);
    expect(checkEligibility(parents, { hasChildren: true }).eligible).toBe(true);
    expect(checkEligibility(parents, {}).eligible).toBe(true);
  });
  it('respects who may call', () => {
    const selfOnly = { ...base, callers: ['self' as const] };
    expect(checkEligibility(selfOnly, { callers: ['others'] }).eligible).toBe(false);
    expect(checkEligibility({ ...base, callers: ['self', 'others'] }, { callers: ['others'] }).eligible).toBe(
      true,
    );
  });
  it('a person is every role they answered: a mother asking about herself is also a parent', () => {
    const kids = { ...base, callers: ['children' as const, 'parents' as const] };
    expect(checkEligibility(kids, { callers: ['self', 'parents'] }).caller).toBe('yes');
    expect(checkEligibility(kids, { callers: ['self'] }).caller).toBe('no');
    expect(checkEligibility(kids, { callers: ['self'], maybeCallers: ['parents'] })).toMatchObject({
      caller: 'unknown',
      eligible: true,
    });
  });
  it("a parent's call is about a child: the child's age limit does not exclude the parent's own age", () => {
    const upTo15 = { ...base, ageMax: 15, callers: ['children' as const, 'parents' as const] };
    const mother = { ageMin: 25, ageMax: 64, callers: ['self', 'parents'] as const, ageIsCallers: true };
    expect(checkEligibility(upTo15, mother)).toMatchObject({ age: 'unknown', eligible: true });
    // When the age given is the child's, the limit applies.
    expect(
      checkEligibility(upTo15, { ...mother, ageMin: 16, ageMax: 17, ageIsCallers: false }).eligible,
    ).toBe(false);
    expect(checkEligibility({ ...upTo15, callers: ['children'] }, mother).eligible).toBe(false);
  });
});
