// The ten ward outlines and their names, drawn without any tiles. Outlines are not interactive:
// choosing a ward is done with the select beside the map, which works for everyone.
import * as L from 'leaflet';
import { insidePolygon, type Polygon } from '../geometry';
import type { WardCollection, WardProperties } from '../ward-types';
import { placeLabels, type Box } from './label-placement';

export interface WardLayers {
  outlines: Map<string, L.Polygon>;
  bounds(code: string | null): L.LatLngBounds;
  choose(code: string | null): void;
  /** Moves names out from under the markers at the current zoom. */
  clearOf(markers: L.LatLng[]): void;
}

/** Half the marker badge (30 px) plus its border. */
const PIN_RADIUS = 17;

export function addWardLayers(
  map: L.Map,
  wards: WardCollection,
  wardName: (code: string) => string,
): WardLayers {
  const outlines = new Map<string, L.Polygon>();
  const codeOf = (f: GeoJSON.Feature | undefined) =>
    (f?.properties as WardProperties | undefined)?.code ?? '';
  const layer = L.geoJSON(wards, {
    interactive: false,
    style: (f) => ({ className: `ward-outline ward-${codeOf(f)}` }),
    onEachFeature: (f, l) => outlines.set(codeOf(f), l as L.Polygon),
  }).addTo(map);

  // Labels sit in their own pane, above the outlines and below the markers.
  map.createPane('wardLabels');
  const labels: Array<{ at: L.LatLng; text: HTMLElement; area: Polygon[] }> = [];
  for (const f of wards.features) {
    const [lon, lat] = f.properties.label;
    const text = document.createElement('span');
    text.textContent = wardName(f.properties.code);
    labels.push({ at: L.latLng(lat, lon), text, area: f.geometry.coordinates as Polygon[] });
    L.marker([lat, lon], {
      icon: L.divIcon({ className: 'ward-label', html: text, iconSize: [0, 0] }),
      interactive: false,
      keyboard: false,
      pane: 'wardLabels',
    }).addTo(map);
  }

  return {
    outlines,
    bounds: (code) => (code && outlines.get(code)?.getBounds()) || layer.getBounds(),
    choose(code) {
      for (const [c, outline] of outlines) {
        const el = outline.getElement();
        el?.classList.toggle('is-chosen', c === code);
        el?.classList.toggle('is-other', code !== null && c !== code);
        if (c === code) outline.bringToFront();
      }
    },
    clearOf(markers) {
      const spots = markers.map((m) => ({ ...map.latLngToLayerPoint(m), radius: PIN_RADIUS }));
      const boxes = labels.map((l) => ({
        ...map.latLngToLayerPoint(l.at),
        width: l.text.offsetWidth,
        height: l.text.offsetHeight,
      }));
      // A moved name must still have its middle in its own ward.
      const inWard = (i: number, box: Box) => {
        const { lng, lat } = map.layerPointToLatLng([(box.left + box.right) / 2, (box.top + box.bottom) / 2]);
        return labels[i].area.some((polygon) => insidePolygon([lng, lat], polygon));
      };
      placeLabels(boxes, spots, inWard).forEach((spot, i) => {
        const text = labels[i].text;
        text.classList.toggle('is-crowded', spot === null);
        text.style.setProperty('--dx', `${spot?.dx ?? 0}px`);
        text.style.setProperty('--dy', `${spot?.dy ?? 0}px`);
      });
    },
  };
}
