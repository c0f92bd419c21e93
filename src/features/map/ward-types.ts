// The shape of src/data/wards/wards.json: the ten ward outlines, simplified at build time.
import type { MultiPolygon } from 'geojson';

export interface WardProperties {
  /** 行政区域コード (N03_007), e.g. 11101. */
  code: string;
  /** Japanese name as the source prints it (N03_004), e.g. 西区. */
  name: string;
  /** [longitude, latitude] of a point well inside the ward, for its label. */
  label: [number, number];
}

export interface WardFeature {
  type: 'Feature';
  properties: WardProperties;
  geometry: MultiPolygon;
}

export interface WardCollection {
  type: 'FeatureCollection';
  features: WardFeature[];
}
