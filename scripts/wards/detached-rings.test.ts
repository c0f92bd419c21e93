import { describe, expect, it } from 'vitest';
import { splitDetachedRings } from './detached-rings';
import type { Ring } from '../../src/features/map/geometry';

const outer: Ring = [
  [0, 0],
  [0, 4],
  [4, 4],
  [4, 0],
  [0, 0],
];
const hole: Ring = [
  [1, 1],
  [1, 2],
  [2, 2],
  [2, 1],
  [1, 1],
];
// Lies outside `outer` and touches it at (4, 4), like the second ring of 西区.
const touching: Ring = [
  [4, 4],
  [4, 6],
  [6, 6],
  [6, 4],
  [4, 4],
];

describe('splitDetachedRings', () => {
  it('keeps a hole inside its polygon', () => {
    expect(splitDetachedRings([outer, hole])).toEqual([[outer, hole]]);
  });

  it('makes a ring outside the outer ring its own polygon', () => {
    expect(splitDetachedRings([outer, touching])).toEqual([[outer], [touching]]);
  });

  it('leaves a single ring alone', () => {
    expect(splitDetachedRings([outer])).toEqual([[outer]]);
  });
});
