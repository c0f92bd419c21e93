import { describe, expect, it } from 'vitest';
import { daysText, ruleText } from './rule-text';

describe('rule text', () => {
  it('joins runs of weekdays', () => {
    expect(
      ruleText(
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '16:00' },
        'en',
        'Holidays',
      ),
    ).toBe('Mon–Fri 9:00–16:00');
    expect(daysText(['mon', 'wed', 'hol'], 'en', 'Holidays')).toBe('Mon, Wed, Holidays');
    expect(daysText(['sat', 'sun'], 'en', 'Holidays')).toBe('Sat, Sun');
  });
});
