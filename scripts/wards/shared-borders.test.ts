import { describe, expect, it } from 'vitest';
import type { Position, Ring } from '../../src/features/map/geometry';
import { fixedVertices, simplifyRing } from './shared-borders';

// Two unit squares side by side; their shared edge x = 1 wiggles by less than the tolerance.
const wiggle: Position[] = [
  [1, 0.25],
  [1.0001, 0.5],
  [0.9999, 0.75],
];
const left: Ring = [[0, 0], [1, 0], ...wiggle, [1, 1], [0, 1], [0, 0]];
const right: Ring = [[1, 0], [2, 0], [2, 1], [1, 1], ...wiggle.slice().reverse(), [1, 0]];

describe('shared borders', () => {
  it('fixes the points where a border starts or stops being shared', () => {
    const [l, r] = fixedVertices([left, right]);
    // left: [0,0] [1,0]* w w w [1,1]* [0,1] — plus its neighbours, which change owner set too.
    expect(l[1]).toBe(true);
    expect(l[5]).toBe(true);
    expect(l.slice(2, 5)).toEqual([false, false, false]);
    expect(r[0]).toBe(true);
    expect(r[3]).toBe(true);
  });

  it('simplifies a shared border the same way in both rings, so no sliver opens', () => {
    const [l, r] = fixedVertices([left, right]);
    const a = simplifyRing(left, l, 0.0003, 1);
    const b = simplifyRing(right, r, 0.0003, 1);
    const key = (p: Position) => p.join(',');
    const onBorder = (ring: Ring) =>
      ring
        .filter((p) => Math.abs(p[0] - 1) < 0.001)
        .map(key)
        .sort();
    expect(onBorder(a)).toEqual([...new Set(onBorder(b))].sort());
    expect(a.some((p) => p[1] === 0.5)).toBe(false); // the wiggle is gone
  });

  it('returns a closed ring', () => {
    const [l] = fixedVertices([left]);
    const out = simplifyRing(left, l, 0.0003, 1);
    expect(out[0]).toEqual(out[out.length - 1]);
  });

  it('starts somewhere in a ring that shares nothing', () => {
    const [l] = fixedVertices([left]);
    expect(l.filter(Boolean)).toHaveLength(1);
  });
});
