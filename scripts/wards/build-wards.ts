// Turns the ten unmodified N03 ward files into the compact outlines the map loads: detached rings
// split out, shared borders simplified identically (Douglas–Peucker), positions rounded.
import type { WardCollection, WardFeature } from '../../src/features/map/ward-types';
import { splitDetachedRings } from './detached-rings';
import {
  ringArea,
  roundTo,
  SAITAMA_LON_SCALE,
  type Polygon,
  type Position,
  type Ring,
} from '../../src/features/map/geometry';
import { labelPoint } from './label-point';
import { fixedVertices, simplifyRing } from './shared-borders';

/** About 30 m on the ground: finer than a finger on a phone at city zoom. */
export const TOLERANCE_DEGREES = 0.0003;
/** Five decimals of a degree are about 1 m. */
export const DECIMALS = 5;

export interface RawWardFile {
  features: Array<{
    properties: { N03_004: string; N03_007: string };
    geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
  }>;
}

function rounded(ring: Ring): Ring {
  const out: Ring = [];
  for (const [lon, lat] of ring) {
    const p: Position = [roundTo(lon, DECIMALS), roundTo(lat, DECIMALS)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

export function buildWards(files: RawWardFile[]): WardCollection {
  const wards = files
    .map((file) => file.features[0])
    .map((f) => ({
      code: f.properties.N03_007,
      name: f.properties.N03_004,
      polygons: f.geometry.coordinates.flatMap((polygon) => splitDetachedRings(polygon)),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const allRings = wards.flatMap((w) => w.polygons.flat());
  const fixed = fixedVertices(allRings);
  let next = 0;
  const features = wards.map((w): WardFeature => {
    const polygons: Polygon[] = w.polygons.map((polygon) =>
      polygon.map((ring) => {
        const simplified = rounded(simplifyRing(ring, fixed[next++], TOLERANCE_DEGREES, SAITAMA_LON_SCALE));
        // A tiny ring can collapse below a triangle: keep it whole rather than lose a piece of a ward.
        return simplified.length >= 4 ? simplified : rounded(ring);
      }),
    );
    const largest = polygons.reduce((a, b) =>
      ringArea(b[0], SAITAMA_LON_SCALE) > ringArea(a[0], SAITAMA_LON_SCALE) ? b : a,
    );
    const [lon, lat] = labelPoint(largest, SAITAMA_LON_SCALE);
    return {
      type: 'Feature',
      properties: { code: w.code, name: w.name, label: [roundTo(lon, 4), roundTo(lat, 4)] },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** The file's exact text: compact JSON, one trailing newline. */
export const serialiseWards = (wards: WardCollection): string => `${JSON.stringify(wards)}\n`;
