import { useT } from '../../lib/use-t';
import type { LocateResult } from './locate-once';

export type LocateState = { step: 'idle' } | { step: 'locating' } | LocateResult;

interface Props {
  state: LocateState;
  onLocate: () => void;
  onForget: () => void;
}

/** "Use my location once": one reading on the device, kept only while this screen is open. */
export function LocationControl({ state, onLocate, onForget }: Props) {
  const t = useT(['map']);
  const located = 'ok' in state && state.ok;
  return (
    <div class="locate">
      {located ? (
        <button type="button" class="secondary-button" onClick={onForget}>
          {t('forgetLocation')}
        </button>
      ) : (
        <button
          type="button"
          class="secondary-button"
          onClick={onLocate}
          disabled={'step' in state && state.step === 'locating'}
        >
          {t('locate')}
        </button>
      )}
      <p class="hint">{t('locateNote')}</p>
      <p role="status" class="locate-status">
        {'step' in state && state.step === 'locating' && t('locating')}
        {located && t('located')}
        {'ok' in state && !state.ok && t(`locateFailed.${state.reason}`)}
      </p>
    </div>
  );
}
