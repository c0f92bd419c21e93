import { describe, expect, it, vi } from 'vitest';
import { locateOnce } from './locate-once';

function fakeGeolocation(answer: (ok: PositionCallback, fail: PositionErrorCallback) => void) {
  type Args = [ok: PositionCallback, fail?: PositionErrorCallback | null, options?: PositionOptions];
  const getCurrentPosition = vi.fn((...[ok, fail]: Args) => answer(ok, fail!));
  const watchPosition = vi.fn();
  const geolocation = { getCurrentPosition, watchPosition, clearWatch: vi.fn() } as unknown as Geolocation;
  return { geolocation, getCurrentPosition, watchPosition };
}

describe('locateOnce', () => {
  it('asks once, coarse and fresh, and never watches', async () => {
    const geo = fakeGeolocation((ok) =>
      ok({ coords: { latitude: 35.86, longitude: 139.64, accuracy: 120 } } as GeolocationPosition),
    );
    expect(await locateOnce(geo.geolocation)).toEqual({
      ok: true,
      at: { lat: 35.86, lon: 139.64 },
      accuracy: 120,
    });
    expect(geo.getCurrentPosition).toHaveBeenCalledTimes(1);
    expect(geo.getCurrentPosition.mock.calls[0][2]).toMatchObject({
      enableHighAccuracy: false,
      maximumAge: 0,
    });
    expect(geo.watchPosition).not.toHaveBeenCalled();
  });

  it('reports why it failed', async () => {
    const denied = fakeGeolocation((_, fail) => fail({ code: 1 } as GeolocationPositionError));
    expect(await locateOnce(denied.geolocation)).toEqual({ ok: false, reason: 'denied' });
    const timeout = fakeGeolocation((_, fail) => fail({ code: 3 } as GeolocationPositionError));
    expect(await locateOnce(timeout.geolocation)).toEqual({ ok: false, reason: 'timeout' });
  });

  it('copes with a browser without geolocation', async () => {
    expect(await locateOnce(undefined)).toEqual({ ok: false, reason: 'unsupported' });
  });
});
