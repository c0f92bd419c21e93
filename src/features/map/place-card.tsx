import { getSource } from '../../data/catalogue';
import { i18next } from '../../lib/i18n';
import { useT } from '../../lib/use-t';
import { placeName } from '../shared/window-text';
import { WindowLinkItem } from '../shared/window-link-item';
import { formatDistance } from './distance';
import type { PlaceEntry } from './place-entries';
import { wardName } from './wards';

interface Props {
  entry: PlaceEntry;
  headingId?: string;
  onShowOnMap: (id: string) => void;
}

function MarkerBadge({ n }: { n: number }) {
  const t = useT(['map']);
  return (
    <span class="pin-badge list-badge">
      <span aria-hidden="true">{n}</span>
      <span class="visually-hidden">{t('marker', { n })}</span>
    </span>
  );
}

/** The source's title is Japanese whatever the reader's language: mark it so it is read as Japanese. */
function PositionSource({ title }: { title: string }) {
  const t = useT(['map']);
  const [before, after = ''] = t('positionSource', { source: '\u0000' }).split('\u0000');
  return (
    <p class="sources">
      {before}
      <span lang="ja">{title}</span>
      {after}
    </p>
  );
}

export function PlaceCard({ entry: { place: p, marker, windows, distance }, headingId, onShowOnMap }: Props) {
  const t = useT(['map', 'windows']);
  const name = placeName(p);
  const source = p.coords ? getSource(p.sources[0]) : undefined;
  return (
    <div class="window-card place-card" data-place={p.id}>
      <h3 id={headingId}>
        {marker !== null && <MarkerBadge n={marker} />}
        {name}
      </h3>
      {name !== p.name && (
        <p class="official-name">
          {t('officialName')}: <span lang="ja">{p.name}</span>
        </p>
      )}
      <p class="card-meta">
        {t(`kind.${p.kind}`)}
        {p.ward && ` · ${wardName(p.ward)}`}
      </p>
      <p class="address">{p.address ? <span lang="ja">{p.address}</span> : t('noAddress')}</p>
      {distance !== null && (
        <p class="distance">{t('distance', { distance: formatDistance(distance, i18next.language) })}</p>
      )}
      {p.coords ? (
        <button type="button" class="secondary-button" onClick={() => onShowOnMap(p.id)}>
          {t('showOnMap')}
        </button>
      ) : (
        <p class="not-placed">{t('notPlaced')}</p>
      )}
      {p.coordsNote && <p class="hint">{t(`windows:coordsNotes.${p.coordsNote}`)}</p>}
      {source && <PositionSource title={source.title} />}
      <h4>{t('windowsHere')}</h4>
      {windows.length === 0 ? (
        <p class="unknown">{t('noWindows')}</p>
      ) : (
        <ul class="place-windows">
          {windows.map((w) => (
            <WindowLinkItem key={w.id} window={w} buttonClass="card-link" />
          ))}
        </ul>
      )}
    </div>
  );
}
