// Neighbouring wards share their border vertices exactly (see the wards README). Simplifying each
// ring on its own would move a shared border differently in the two wards and open slivers between
// them, so rings are cut at the points where the set of rings sharing a vertex changes, and each
// piece (arc) is simplified the same way wherever it appears.
import { simplifyLine } from './douglas-peucker';
import { vertexKey, type Position, type Ring } from '../../src/features/map/geometry';

/** For each ring, which of its vertices (closing repeat excluded) must never move or vanish. */
export function fixedVertices(rings: Ring[]): boolean[][] {
  const owners = new Map<string, number[]>();
  rings.forEach((ring, r) => {
    for (const p of ring.slice(0, -1)) {
      const list = owners.get(vertexKey(p)) ?? [];
      if (!list.includes(r)) list.push(r);
      owners.set(vertexKey(p), list);
    }
  });
  const signature = (p: Position) => owners.get(vertexKey(p))!.join(' ');
  return rings.map((ring) => {
    const open = ring.slice(0, -1);
    const sig = open.map(signature);
    const n = open.length;
    const fixed = sig.map((s, i) => s !== sig[(i + n - 1) % n] || s !== sig[(i + 1) % n]);
    if (!fixed.includes(true)) fixed[0] = true; // a ring that shares nothing: start anywhere
    return fixed;
  });
}

/** The same arc read in either direction gives the same result. */
function simplifyArc(arc: Position[], tolerance: number, lonScale: number): Position[] {
  const reversed = vertexKey(arc[0]) > vertexKey(arc[arc.length - 1]);
  if (!reversed) return simplifyLine(arc, tolerance, lonScale);
  return simplifyLine(arc.slice().reverse(), tolerance, lonScale).reverse();
}

/** Simplifies a closed ring arc by arc between its fixed vertices; returns a closed ring. */
export function simplifyRing(ring: Ring, fixed: boolean[], tolerance: number, lonScale: number): Ring {
  const open = ring.slice(0, -1);
  const start = fixed.indexOf(true);
  const rotated = [...open.slice(start), ...open.slice(0, start), open[start]];
  const flags = [...fixed.slice(start), ...fixed.slice(0, start), true];
  const out: Position[] = [rotated[0]];
  let from = 0;
  for (let i = 1; i < rotated.length; i++) {
    if (!flags[i]) continue;
    out.push(...simplifyArc(rotated.slice(from, i + 1), tolerance, lonScale).slice(1));
    from = i;
  }
  return out;
}
