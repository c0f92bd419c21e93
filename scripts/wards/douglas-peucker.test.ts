import { describe, expect, it } from 'vitest';
import { simplifyLine } from './douglas-peucker';
import type { Position } from '../../src/features/map/geometry';

describe('simplifyLine (Douglas–Peucker)', () => {
  it('keeps both ends and drops points on the line', () => {
    const line: Position[] = [
      [0, 0],
      [1, 0.0001],
      [2, -0.0001],
      [3, 0],
    ];
    expect(simplifyLine(line, 0.0003, 1)).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  it('keeps a corner further than the tolerance', () => {
    const line: Position[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
    ];
    expect(simplifyLine(line, 0.0003, 1)).toEqual(line);
  });

  it('measures longitude shortened by the latitude factor', () => {
    // 0.00035° of longitude at scale 0.8 is 0.00028° on the ground: within 0.0003.
    const line: Position[] = [
      [0, 0],
      [0.00035, 1],
      [0, 2],
    ];
    expect(simplifyLine(line, 0.0003, 0.8)).toHaveLength(2);
    expect(simplifyLine(line, 0.0003, 1)).toHaveLength(3);
  });

  it('handles a closed arc (both ends the same point)', () => {
    const loop: Position[] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const out = simplifyLine(loop, 0.0003, 1);
    expect(out[0]).toEqual([0, 0]);
    expect(out[out.length - 1]).toEqual([0, 0]);
    expect(out).toContainEqual([1, 1]);
  });
});
