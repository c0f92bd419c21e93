import { isRemembering, savedWindows, toggleSaved, usePrefsChanges } from '../../shell/device/prefs-state';
import { useNavigation } from '../../shell/navigation';
import { useT } from '../../lib/use-t';

/** Keep a window on the start screen — only on this device, and only if the reader chose to. */
export function SaveWindow({ id }: { id: string }) {
  const t = useT(['detail']);
  const nav = useNavigation();
  usePrefsChanges();
  const saved = savedWindows().includes(id);
  if (!isRemembering()) {
    return (
      <p class="hint save-hint">
        {t('saveHint')}{' '}
        <button type="button" class="link-button" onClick={() => nav.go({ name: 'settings' })}>
          {t('toSettings')}
        </button>
      </p>
    );
  }
  return (
    <button
      type="button"
      class="secondary-button"
      aria-pressed={saved}
      data-testid="save-window"
      onClick={() => void toggleSaved(id)}
    >
      {saved ? t('saved') : t('save')}
    </button>
  );
}
