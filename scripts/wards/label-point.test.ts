import { describe, expect, it } from 'vitest';
import { insidePolygon, type Polygon } from '../../src/features/map/geometry';
import { labelPoint } from './label-point';

describe('labelPoint', () => {
  it('puts the label inside a U-shaped ward whose centre is outside it', () => {
    const u: Polygon = [
      [
        [0, 0],
        [0, 3],
        [1, 3],
        [1, 1],
        [2, 1],
        [2, 3],
        [3, 3],
        [3, 0],
        [0, 0],
      ],
    ];
    expect(insidePolygon([1.5, 2], u)).toBe(false); // the middle of its box is the notch
    const p = labelPoint(u, 1);
    expect(insidePolygon(p, u)).toBe(true);
  });

  it('chooses the middle of a square', () => {
    const square: Polygon = [
      [
        [0, 0],
        [0, 2],
        [2, 2],
        [2, 0],
        [0, 0],
      ],
    ];
    const [x, y] = labelPoint(square, 1);
    expect(x).toBeCloseTo(1, 1);
    expect(y).toBeCloseTo(1, 1);
  });
});
