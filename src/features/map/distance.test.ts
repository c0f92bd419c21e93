import { describe, expect, it } from 'vitest';
import { distanceMetres, formatDistance } from './distance';

const urawaOffice = { lat: 35.861611, lon: 139.6455 };
const minamiOffice = { lat: 35.845, lon: 139.64528 };

describe('distanceMetres', () => {
  it('is zero from a point to itself', () => {
    expect(distanceMetres(urawaOffice, urawaOffice)).toBe(0);
  });

  it('measures about 1.85 km between the Urawa and Minami ward offices', () => {
    expect(distanceMetres(urawaOffice, minamiOffice)).toBeGreaterThan(1800);
    expect(distanceMetres(urawaOffice, minamiOffice)).toBeLessThan(1900);
  });

  it('is symmetric', () => {
    expect(distanceMetres(minamiOffice, urawaOffice)).toBeCloseTo(
      distanceMetres(urawaOffice, minamiOffice),
      6,
    );
  });

  it('knows one degree of latitude is about 111 km', () => {
    expect(distanceMetres({ lat: 35, lon: 139 }, { lat: 36, lon: 139 }) / 1000).toBeCloseTo(111.2, 0);
  });
});

describe('formatDistance', () => {
  it('rounds short distances to 100 m, never below 100 m', () => {
    expect(formatDistance(30, 'en')).toBe('100 m');
    expect(formatDistance(849, 'en')).toBe('800 m');
  });

  it('gives kilometres with one decimal below 10 km, whole above', () => {
    expect(formatDistance(1850, 'en')).toBe('1.9 km');
    expect(formatDistance(12_345, 'en')).toBe('12 km');
  });

  it('speaks the reader’s language', () => {
    expect(formatDistance(1850, 'ja')).toMatch(/1\.9\s?(km|キロメートル)/);
  });
});
