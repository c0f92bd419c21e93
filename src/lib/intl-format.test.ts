import { describe, expect, it } from 'vitest';
import { dateFormat, listFormat, numberFormat } from './intl-format';

describe('intl formatters', () => {
  it('builds one formatter per locale and options, and formats as a new one would', () => {
    const a = dateFormat('en', { timeZone: 'UTC', weekday: 'short' });
    const b = dateFormat('en', { timeZone: 'UTC', weekday: 'short' });
    // The same object: not built again.
    expect(b).toBe(a);
    const monday = new Date(Date.UTC(2024, 0, 1));
    expect(a.format(monday)).toBe('Mon');
  });

  it('keeps locales and options apart', () => {
    const monday = new Date(Date.UTC(2024, 0, 1));
    expect(dateFormat('ja', { timeZone: 'UTC', weekday: 'short' }).format(monday)).toBe('月');
    expect(dateFormat('en', { timeZone: 'UTC', weekday: 'long' }).format(monday)).toBe('Monday');
    expect(numberFormat('en', { style: 'unit', unit: 'meter' }).format(800)).toBe('800 m');
    expect(listFormat('en', { type: 'disjunction' }).format(['a', 'b'])).toBe('a or b');
  });

  it('throws for a locale Intl cannot take, as the constructor does', () => {
    expect(() => listFormat('not a locale', {})).toThrow(RangeError);
  });
});
