// The map screen: a list of every public place (the accessible primary view) beside a Leaflet map
// that needs no network. Narrowing is by ward, chosen by hand; location is used once, only on tap;
// online map images only on tap. Nothing here is stored.
import { useMemo, useState } from 'preact/hooks';
import { getPlace, places, windows } from '../../data/catalogue';
import { useT } from '../../lib/use-t';
import type { ScreenProps } from '../../shell/navigation';
import { placeName } from '../shared/window-text';
import type { LatLon } from './distance';
import type { Pin } from './leaflet/map-view';
import { LocationControl, type LocateState } from './location-control';
import { locateOnce } from './locate-once';
import { MapCanvas, type Selection } from './map-canvas';
import { MapCredits } from './map-credits';
import { recallMap, rememberMap } from './map-memory';
import { PlaceCard } from './place-card';
import { placeEntries } from './place-entries';
import { TilesControl } from './tiles-control';
import { WardSelect } from './ward-select';
import '../shared/cards.css';
import './map.css';
import { UnreviewedNote } from '../shared/unreviewed-note';

function initialSelection(screen: ScreenProps['screen']): Selection | null {
  const id = screen.name === 'map' ? screen.place : undefined;
  return id && getPlace(id) ? { id, from: 'screen' } : null;
}

export function MapScreen({ screen }: ScreenProps) {
  const t = useT(['map', 'windows']);
  const [selection, setSelection] = useState<Selection | null>(() => initialSelection(screen));
  // A place asked for by another screen must not be hidden by a ward chosen earlier.
  const [ward, setWard] = useState(() => {
    const remembered = recallMap().ward;
    const asked = selection && getPlace(selection.id);
    return asked && asked.ward !== remembered ? null : remembered;
  });
  const [tilesOn, setTilesOn] = useState(() => recallMap().tilesOn);
  const [locate, setLocate] = useState<LocateState>({ step: 'idle' });
  const position: LatLon | null = 'ok' in locate && locate.ok ? locate.at : null;

  const entries = useMemo(() => placeEntries(places, windows, { ward, from: position }), [ward, position]);
  const pins = useMemo<Pin[]>(
    () =>
      entries.flatMap(({ place: p, marker }) =>
        p.coords && marker !== null
          ? [{ id: p.id, lat: p.coords.lat, lon: p.coords.lon, number: marker, name: placeName(p) }]
          : [],
      ),
    [entries],
  );
  const nearest = position ? (entries.find((e) => e.place.coords)?.place.coords ?? null) : null;
  const selected = selection ? entries.find((e) => e.place.id === selection.id) : undefined;

  const chooseWard = (code: string | null) => {
    rememberMap({ ward: code });
    setWard(code);
    if (selection && getPlace(selection.id)?.ward !== code && code !== null) setSelection(null);
  };
  const switchTiles = (on: boolean) => {
    rememberMap({ tilesOn: on });
    setTilesOn(on);
  };
  const showOnMap = (id: string) => {
    document.querySelector('.map-frame')?.scrollIntoView({ block: 'start' });
    setSelection({ id, from: 'list' });
  };
  const locateMe = async () => {
    setLocate({ step: 'locating' });
    setLocate(await locateOnce(navigator.geolocation));
  };

  return (
    <div class="map-screen">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div class="map-layout">
        <div class="map-side">
          <WardSelect ward={ward} onChange={chooseWard} />
          <MapCanvas
            label={t('mapLabel')}
            hint={t('mapHint')}
            zoomIn={t('zoomIn')}
            zoomOut={t('zoomOut')}
            pins={pins}
            ward={ward}
            selection={selection}
            position={position}
            nearest={nearest}
            tilesOn={tilesOn}
            onSelect={(id) => setSelection({ id, from: 'map' })}
          />
          <MapCredits tilesOn={tilesOn} />
          <p class="visually-hidden" role="status">
            {selected ? `${t('selectedTitle')}: ${placeName(selected.place)}` : ''}
          </p>
          {selected && (
            <section class="selected-place" aria-labelledby="selected-title">
              <h2 id="selected-title">{t('selectedTitle')}</h2>
              <PlaceCard entry={selected} onShowOnMap={showOnMap} />
            </section>
          )}
          <LocationControl
            state={locate}
            onLocate={() => void locateMe()}
            onForget={() => setLocate({ step: 'idle' })}
          />
          <TilesControl on={tilesOn} onChange={switchTiles} />
        </div>
        <section class="place-list" aria-labelledby="places-title">
          <h2 id="places-title" aria-live="polite">
            {t('placesTitle', { count: entries.length })}
          </h2>
          <p class="hint">{t('positionsNote')}</p>
          <UnreviewedNote />
          <ul class="card-list">
            {entries.map((e) => (
              <li key={e.place.id}>
                <PlaceCard entry={e} onShowOnMap={showOnMap} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
