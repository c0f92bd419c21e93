import { useEffect, useRef } from 'preact/hooks';
import type { LatLon } from './distance';
import { createMapView, type MapView, type Pin } from './leaflet/map-view';
import { wardName, wards } from './wards';

export interface Selection {
  id: string;
  /**
   * Tapped on the map: leave the view alone. Chosen in the list: centre it and move focus to its
   * marker. Asked for by another screen: centre it, focus stays with the page.
   */
  from: 'map' | 'list' | 'screen';
}

interface Props {
  label: string;
  hint: string;
  zoomIn: string;
  zoomOut: string;
  pins: Pin[];
  ward: string | null;
  selection: Selection | null;
  position: LatLon | null;
  nearest: LatLon | null;
  tilesOn: boolean;
  onSelect: (id: string) => void;
}

/** Hosts the Leaflet view; the props are the whole state, pushed into Leaflet as they change. */
export function MapCanvas(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<MapView | null>(null);
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;

  useEffect(() => {
    view.current = createMapView({
      container: container.current!,
      wards,
      wardName,
      zoomIn: props.zoomIn,
      zoomOut: props.zoomOut,
      onSelect: (id) => onSelect.current(id),
    });
    return () => {
      view.current?.destroy();
      view.current = null;
    };
  }, []);
  useEffect(() => view.current?.setPins(props.pins), [props.pins]);
  useEffect(() => view.current?.chooseWard(props.ward), [props.ward]);
  useEffect(() => view.current?.showPosition(props.position, props.nearest), [props.position]);
  useEffect(() => view.current?.showTiles(props.tilesOn), [props.tilesOn]);
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const sel = props.selection;
    v.select(sel?.id ?? null);
    if (sel && sel.from !== 'map') v.centreOn(sel.id);
    if (sel?.from === 'list') v.focusPin(sel.id);
  }, [props.selection]);

  return (
    <section class="map-frame" aria-label={props.label}>
      <p class="hint map-hint">{props.hint}</p>
      <div ref={container} class="map-canvas" />
    </section>
  );
}
