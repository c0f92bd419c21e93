import { describe, expect, it } from 'vitest';
import { DEFAULT_PAIR, QUANTITIES, UNITS, convert, parseNumber, unitsOf } from './units';
import { formatAmount, unitLabel } from './unit-names';

describe('unit conversion', () => {
  it('converts lengths, weights and volumes by exact factors', () => {
    expect(convert(1, 'inch', 'centimeter')).toBeCloseTo(2.54, 12);
    expect(convert(1, 'mile', 'kilometer')).toBeCloseTo(1.609344, 12);
    expect(convert(3, 'foot', 'yard')).toBeCloseTo(1, 12);
    expect(convert(1, 'kilogram', 'pound')).toBeCloseTo(2.2046226218, 9);
    expect(convert(16, 'ounce', 'pound')).toBeCloseTo(1, 12);
    expect(convert(1, 'gallon', 'liter')).toBeCloseTo(3.785411784, 12);
    expect(convert(128, 'fluid-ounce', 'gallon')).toBeCloseTo(1, 12);
    expect(convert(1500, 'milliliter', 'liter')).toBeCloseTo(1.5, 12);
  });

  it('converts temperatures with their offsets, both ways', () => {
    expect(convert(100, 'celsius', 'fahrenheit')).toBeCloseTo(212, 12);
    expect(convert(0, 'celsius', 'fahrenheit')).toBeCloseTo(32, 12);
    expect(convert(-40, 'fahrenheit', 'celsius')).toBeCloseTo(-40, 12);
    expect(convert(98.6, 'fahrenheit', 'celsius')).toBeCloseTo(37, 12);
  });

  it('returns the same value for the same unit and round-trips every unit', () => {
    for (const u of UNITS) {
      expect(convert(12.5, u.id, u.id)).toBeCloseTo(12.5, 10);
      for (const other of unitsOf(u.quantity)) {
        expect(convert(convert(7.25, u.id, other.id), other.id, u.id)).toBeCloseTo(7.25, 9);
      }
    }
  });

  it('refuses to mix quantities', () => {
    expect(() => convert(1, 'meter', 'gram')).toThrow();
    expect(() => convert(1, 'meter', 'parsec')).toThrow();
  });

  it('offers a default pair of real units for every quantity', () => {
    for (const q of QUANTITIES) {
      const ids = unitsOf(q).map((u) => u.id);
      expect(ids).toEqual(expect.arrayContaining(DEFAULT_PAIR[q]));
    }
  });
});

describe('parseNumber', () => {
  it('reads what people type, including full-width digits', () => {
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber(' 1,234 ')).toBe(1234);
    expect(parseNumber('１２３４')).toBe(1234);
    expect(parseNumber('－３．５')).toBe(-3.5);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('-40')).toBe(-40);
  });
  it('returns null for anything that is not a number', () => {
    for (const raw of ['', ' ', 'abc', '1.2.3', '12a', '-', '.', 'Infinity'])
      expect(parseNumber(raw)).toBeNull();
  });
});

describe('unit names', () => {
  it('names units in the reader language', () => {
    expect(unitLabel('ja', 'meter')).toBe('メートル (m)');
    expect(unitLabel('en', 'kilogram')).toBe('kilogram (kg)');
    expect(unitLabel('ja', 'celsius')).toBe('°C');
    expect(formatAmount('en', 'fahrenheit', 212)).toBe('212 degrees Fahrenheit');
    expect(formatAmount('en', 'inch', 66.929133858)).toBe('66.92913 inches');
    expect(formatAmount('en', 'liter', 0.1 + 0.2)).toBe('0.3 liters');
  });
  it('falls back to Japanese for a private-use language tag', () => {
    expect(() => unitLabel('ja-x-easy', 'meter')).not.toThrow();
    expect(unitLabel('not a tag', 'meter')).toBe('メートル (m)');
  });
});
