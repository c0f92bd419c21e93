import { describe, expect, it } from 'vitest';
import { listFormat, numberFormat } from './intl-format';

describe('intl formatters', () => {
  it('builds one formatter per locale and options, and formats as a new one would', () => {
    const a = numberFormat('en', { style: 'unit', unit: 'meter' });
    const b = numberFormat('en', { style: 'unit', unit: 'meter' });
    // The same object: not built again.
    expect(b).toBe(a);
    expect(a.format(800)).toBe('800 m');
  });

  it('keeps kinds, locales and options apart', () => {
    expect(numberFormat('en', { style: 'unit', unit: 'kilometer' }).format(2)).toBe('2 km');
    expect(numberFormat('ja', { style: 'unit', unit: 'meter', unitDisplay: 'long' }).format(800)).toBe(
      new Intl.NumberFormat('ja', { style: 'unit', unit: 'meter', unitDisplay: 'long' }).format(800),
    );
    expect(listFormat('en', { type: 'disjunction' }).format(['a', 'b'])).toBe('a or b');
    expect(listFormat('en', { type: 'conjunction' }).format(['a', 'b'])).toBe('a and b');
  });

  it('throws for a locale Intl cannot take, as the constructor does', () => {
    expect(() => listFormat('not a locale', {})).toThrow(RangeError);
  });
});
