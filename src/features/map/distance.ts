// Distances for the place list. Computed on the device from a position the reader chose to share
// once; nothing here stores or sends it.
import { numberFormat } from '../../lib/intl-format';
export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in metres. */
export function distanceMetres(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * "800 m", "1.2 km", "14 km" in the reader's language. Rounded to 100 m: a coarse position and a
 * building's printed point are not more precise than that.
 */
export function formatDistance(metres: number, locale: string): string {
  if (metres < 950) {
    const m = Math.max(100, Math.round(metres / 100) * 100);
    return numberFormat(locale, { style: 'unit', unit: 'meter' }).format(m);
  }
  const km = metres / 1000;
  const digits = km < 10 ? 1 : 0;
  return numberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: digits,
  }).format(Number(km.toFixed(digits)));
}
