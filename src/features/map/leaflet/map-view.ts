// The only place Leaflet lives (with its CSS). By default it draws the ward outlines, their names and
// the place markers with no tile layer, so it makes no request at all; the GSI tiles are added only
// when the reader switches them on.
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { LatLon } from '../distance';
import { TILE_URL } from '../../../tiles-config';
import type { WardCollection } from '../ward-types';
import { markSelected, pinMarker, type Pin } from './place-pins';
import { addWardLayers } from './ward-layers';

export type { Pin };

export interface MapViewOptions {
  container: HTMLElement;
  wards: WardCollection;
  wardName: (code: string) => string;
  zoomIn: string;
  zoomOut: string;
  onSelect: (id: string) => void;
}

export interface MapView {
  setPins: (pins: Pin[]) => void;
  select: (id: string | null) => void;
  centreOn: (id: string) => void;
  focusPin: (id: string) => void;
  chooseWard: (code: string | null) => void;
  showPosition: (at: LatLon | null, nearest: LatLon | null) => void;
  showTiles: (on: boolean) => void;
  destroy: () => void;
}

const PLACE_ZOOM = 15;

export function createMapView(opts: MapViewOptions): MapView {
  const map = L.map(opts.container, {
    attributionControl: false, // the credits are plain text under the map, in the reader's language
    zoomControl: false,
    zoomSnap: 0.25,
    minZoom: 9,
    maxZoom: 18,
  });
  L.control.zoom({ zoomInTitle: opts.zoomIn, zoomOutTitle: opts.zoomOut }).addTo(map);
  const wardLayers = addWardLayers(map, opts.wards, opts.wardName);
  map.fitBounds(wardLayers.bounds(null));

  const markers = new Map<string, L.Marker>();
  let selected: string | null = null;
  let you: L.CircleMarker | null = null;
  let tiles: L.TileLayer | null = null;

  const clearLabels = () => wardLayers.clearOf([...markers.values()].map((m) => m.getLatLng()));
  map.on('zoomend resize', clearLabels);
  // Text zoom and rotation change the box without a window resize: Leaflet must be told.
  const resizeWatch = new ResizeObserver(() => map.invalidateSize());
  resizeWatch.observe(opts.container);

  const select = (id: string | null) => {
    selected = id;
    for (const [pinId, m] of markers) markSelected(m, pinId === id);
  };

  return {
    setPins(pins) {
      for (const m of markers.values()) m.remove();
      markers.clear();
      for (const pin of pins) markers.set(pin.id, pinMarker(pin, (id) => opts.onSelect(id)).addTo(map));
      select(selected);
      clearLabels();
    },
    select,
    centreOn(id) {
      const m = markers.get(id);
      if (m) map.setView(m.getLatLng(), Math.max(map.getZoom(), PLACE_ZOOM));
    },
    focusPin(id) {
      markers.get(id)?.getElement()?.focus({ preventScroll: true });
    },
    chooseWard(code) {
      wardLayers.choose(code);
      map.fitBounds(wardLayers.bounds(code));
    },
    showPosition(at, nearest) {
      you?.remove();
      you = null;
      if (!at) return;
      you = L.circleMarker([at.lat, at.lon], {
        radius: 9,
        className: 'you-are-here',
        interactive: false,
      }).addTo(map);
      const box = L.latLngBounds([[at.lat, at.lon]]);
      if (nearest) box.extend([nearest.lat, nearest.lon]);
      map.fitBounds(box.pad(0.3), { maxZoom: PLACE_ZOOM });
    },
    showTiles(on) {
      if (on && !tiles) {
        // CORS mode keeps the cached responses readable (no opaque padding); no Referer is ever sent.
        tiles = L.tileLayer(TILE_URL, {
          crossOrigin: 'anonymous',
          referrerPolicy: 'no-referrer',
          minZoom: 5,
          maxZoom: 18,
          className: 'gsi-tiles',
        }).addTo(map);
      } else if (!on && tiles) {
        tiles.remove();
        tiles = null;
      }
    },
    destroy() {
      resizeWatch.disconnect();
      map.remove();
    },
  };
}
