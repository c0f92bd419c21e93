// "Use my location once": a single coarse reading, kept only by the caller in memory. No watch, no
// retry, no cache of an earlier reading.
import type { LatLon } from './distance';

export type LocateResult =
  | { ok: true; at: LatLon; accuracy: number }
  | { ok: false; reason: 'unsupported' | 'denied' | 'unavailable' | 'timeout' };

const REASONS = { 1: 'denied', 2: 'unavailable', 3: 'timeout' } as const;

export function locateOnce(geolocation: Geolocation | undefined): Promise<LocateResult> {
  if (!geolocation) return Promise.resolve({ ok: false, reason: 'unsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (p) =>
        resolve({
          ok: true,
          at: { lat: p.coords.latitude, lon: p.coords.longitude },
          accuracy: p.coords.accuracy,
        }),
      (err) => resolve({ ok: false, reason: REASONS[err.code as 1 | 2 | 3] ?? 'unavailable' }),
      { enableHighAccuracy: false, maximumAge: 0, timeout: 20_000 },
    );
  });
}
