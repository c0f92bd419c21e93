// The source merges a separate piece of 西区 into one polygon as a second ring that lies outside the
// first and touches it at one point. Even–odd renderers draw that right, but a point-in-polygon test
// would call the piece a hole, so a ring that is not inside the outer ring becomes its own polygon.
import { insideRing, vertexKey, type Polygon } from '../../src/features/map/geometry';

export function splitDetachedRings(polygon: Polygon): Polygon[] {
  const [outer, ...rest] = polygon;
  const outerKeys = new Set(outer.map(vertexKey));
  const kept: Polygon = [outer];
  const detached: Polygon[] = [];
  for (const ring of rest) {
    // A vertex the two rings do not share decides: shared (touching) points are on both boundaries.
    const probe = ring.find((p) => !outerKeys.has(vertexKey(p)));
    if (probe && !insideRing(probe, outer)) detached.push([ring]);
    else kept.push(ring);
  }
  return [kept, ...detached];
}
