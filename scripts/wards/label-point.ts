// Where a ward's name goes on the map: a point well inside the ward, away from its borders. The
// centroid can fall outside a curved ward, so search a grid for the inside point furthest from any
// border, then refine around it once.
import { insidePolygon, segmentDistance, type Polygon, type Position } from '../../src/features/map/geometry';

function borderDistance(p: Position, polygon: Polygon, lonScale: number): number {
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++)
      min = Math.min(min, segmentDistance(p, ring[i - 1], ring[i], lonScale));
  }
  return min;
}

function bestOnGrid(polygon: Polygon, box: [Position, Position], steps: number, lonScale: number) {
  const [[x0, y0], [x1, y1]] = box;
  let best: { p: Position; d: number } | null = null;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p: Position = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!insidePolygon(p, polygon)) continue;
      const d = borderDistance(p, polygon, lonScale);
      if (!best || d > best.d) best = { p, d };
    }
  }
  return best;
}

export function labelPoint(polygon: Polygon, lonScale: number): Position {
  const xs = polygon[0].map((p) => p[0]);
  const ys = polygon[0].map((p) => p[1]);
  const box: [Position, Position] = [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
  const coarse = bestOnGrid(polygon, box, 40, lonScale);
  if (!coarse) return polygon[0][0];
  const dx = (box[1][0] - box[0][0]) / 40;
  const dy = (box[1][1] - box[0][1]) / 40;
  const near: [Position, Position] = [
    [coarse.p[0] - dx, coarse.p[1] - dy],
    [coarse.p[0] + dx, coarse.p[1] + dy],
  ];
  const fine = bestOnGrid(polygon, near, 10, lonScale);
  return fine && fine.d > coarse.d ? fine.p : coarse.p;
}
