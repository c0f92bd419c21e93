// Plain [longitude, latitude] geometry for the ward outlines: used by the build script and by the map
// (labels stay inside their ward). No DOM, no Leaflet.
export type Position = [number, number];
/** A closed ring: the last position repeats the first. */
export type Ring = Position[];
/** The outer ring first, then holes. */
export type Polygon = Ring[];

/** A degree of longitude is shorter than a degree of latitude; at Saitama (≈35.9°N) by this factor. */
export const SAITAMA_LON_SCALE = Math.cos((35.9 * Math.PI) / 180);

/** The same vertex in two files has the same key, whatever float artefacts the text carries. */
export const vertexKey = (p: Position): string => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;

/** Even–odd test, the rule Leaflet/SVG use to fill. */
export function insideRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function insidePolygon(p: Position, polygon: Polygon): boolean {
  return polygon.reduce((inside, ring) => (insideRing(p, ring) ? !inside : inside), false);
}

/** Distance from p to the segment a–b, in degrees of latitude (longitude scaled). */
export function segmentDistance(p: Position, a: Position, b: Position, lonScale: number): number {
  const [px, py] = [p[0] * lonScale, p[1]];
  const [ax, ay] = [a[0] * lonScale, a[1]];
  const [bx, by] = [b[0] * lonScale, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Unsigned area of a ring in square degrees (longitude scaled): only used to compare rings. */
export function ringArea(ring: Ring, lonScale: number): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * lonScale * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum / 2);
}

export const roundTo = (value: number, decimals: number): number => Number(value.toFixed(decimals));
