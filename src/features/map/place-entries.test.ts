import { describe, expect, it } from 'vitest';
import { places, windows } from '../../data/catalogue';
import type { Place, Window } from '../../data/schema';
import { markerNumbers, placeEntries, windowsByPlace } from './place-entries';

const place = (id: string, ward: string, coords: Place['coords']): Place => ({
  id,
  name: id,
  romaji: id,
  address: null,
  ward,
  kind: 'ward-office',
  coords,
  sources: ['s'],
});
const a = place('a', '11101', { lat: 35.9, lon: 139.6, printed: 'x' });
const b = place('b', '11102', null);
const c = place('c', '11102', { lat: 35.8, lon: 139.6, printed: 'x' });
const visitAt = (id: string, placeIds: string[], kind: 'visit' | 'apply' = 'visit') =>
  ({ id, channels: [{ kind, places: placeIds, sources: [], confidence: 'medium' }] }) as unknown as Window;

describe('windowsByPlace', () => {
  it('lists each window once under every place its visit or apply channels name', () => {
    const w1 = visitAt('w1', ['a', 'c']);
    const w2 = visitAt('w2', ['c'], 'apply');
    const w3 = { id: 'w3', channels: [{ kind: 'tel', number: '110' }] } as unknown as Window;
    const byPlace = windowsByPlace([w1, w2, w3, w1]);
    expect(byPlace.get('a')).toEqual([w1]);
    expect(byPlace.get('c')).toEqual([w1, w2]);
    expect(byPlace.has('b')).toBe(false);
  });
});

describe('placeEntries', () => {
  it('numbers only places with a printed coordinate, in catalogue order', () => {
    expect([...markerNumbers([a, b, c])]).toEqual([
      ['a', 1],
      ['c', 2],
    ]);
  });

  it('lists every place, placed or not, in catalogue order by default', () => {
    const entries = placeEntries([a, b, c], [], { ward: null, from: null });
    expect(entries.map((e) => [e.place.id, e.marker, e.distance])).toEqual([
      ['a', 1, null],
      ['b', null, null],
      ['c', 2, null],
    ]);
  });

  it('narrows to the ward chosen by hand', () => {
    expect(placeEntries([a, b, c], [], { ward: '11102', from: null }).map((e) => e.place.id)).toEqual([
      'b',
      'c',
    ]);
  });

  it('puts the nearest first once a position is shared, unplaced places last', () => {
    const entries = placeEntries([a, b, c], [], { ward: null, from: { lat: 35.81, lon: 139.6 } });
    expect(entries.map((e) => e.place.id)).toEqual(['c', 'a', 'b']);
    expect(entries[0].distance).toBeGreaterThan(1000);
    expect(entries[2].distance).toBeNull();
  });

  it('on the real catalogue: every place is listed and only sourced coordinates get markers', () => {
    const entries = placeEntries(places, windows, { ward: null, from: null });
    expect(entries).toHaveLength(places.length);
    for (const e of entries) expect(e.marker === null).toBe(e.place.coords === null);
    const aipaletto = entries.find((e) => e.place.id === 'aipaletto')!;
    expect(aipaletto.windows.map((w) => w.id)).toContain('child-guidance-centre');
  });
});
