import { useT } from '../../lib/use-t';
import { TILE_ATTRIBUTION_URL } from '../../tiles-config';

/** Credits under the map: the ward outlines always, GSI while its images are shown. */
export function MapCredits({ tilesOn }: { tilesOn: boolean }) {
  const t = useT(['map']);
  return (
    <div class="map-credits">
      <p>{t('creditWards')}</p>
      {tilesOn && (
        <p>
          <a href={TILE_ATTRIBUTION_URL} target="_blank" rel="noopener noreferrer" lang="ja">
            {t('creditGsi')}
          </a>{' '}
          {t('creditGsiNote')}
        </p>
      )}
    </div>
  );
}
