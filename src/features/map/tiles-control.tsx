import { useT } from '../../lib/use-t';

interface Props {
  on: boolean;
  onChange: (on: boolean) => void;
}

/** Online map images only after an explicit tap, with what that means said first. */
export function TilesControl({ on, onChange }: Props) {
  const t = useT(['map']);
  return (
    <div class="tiles-control">
      {on ? (
        <>
          <p>{t('tilesOn')}</p>
          <button type="button" class="secondary-button" onClick={() => onChange(false)}>
            {t('tilesHide')}
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            class="secondary-button"
            onClick={() => onChange(true)}
            aria-describedby="tiles-note"
          >
            {t('tilesShow')}
          </button>
          <p id="tiles-note" class="hint">
            {t('tilesNote')}
          </p>
        </>
      )}
    </div>
  );
}
