import { segmentDistance, type Position } from '../../src/features/map/geometry';

/**
 * Douglas–Peucker on an open line: keeps both ends and every point further than `tolerance` (degrees
 * of latitude) from the simplified line. Iterative, so long borders cannot overflow the stack.
 */
export function simplifyLine(points: Position[], tolerance: number, lonScale: number): Position[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const spans: Array<[number, number]> = [[0, points.length - 1]];
  while (spans.length > 0) {
    const [first, last] = spans.pop()!;
    let farthest = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i], points[first], points[last], lonScale);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      spans.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}
