import { useState } from 'preact/hooks';
import { useT } from '../../lib/use-t';
import { eraseDevice } from '../../shell/device/prefs-state';
import { quickExit } from '../../shell/quick-exit/quick-exit';

/** Deletes everything the app stored, then leaves like the quick exit. */
export async function eraseAndLeave(): Promise<void> {
  await eraseDevice();
  quickExit();
}

export function EraseEverything({ label, intro }: { label: string; intro?: string }) {
  const t = useT(['settings']);
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="erase">
      {intro && <p>{intro}</p>}
      {!confirming ? (
        <button type="button" class="danger-button" data-testid="erase" onClick={() => setConfirming(true)}>
          {label}
        </button>
      ) : (
        <div role="group" aria-label={t('erase.confirm')}>
          <p>
            <strong>{t('erase.confirm')}</strong>
          </p>
          <button
            type="button"
            class="danger-button"
            data-testid="erase-confirm"
            onClick={() => void eraseAndLeave()}
          >
            {t('erase.yes')}
          </button>
          <button type="button" class="secondary-button" onClick={() => setConfirming(false)}>
            {t('erase.no')}
          </button>
        </div>
      )}
    </div>
  );
}
