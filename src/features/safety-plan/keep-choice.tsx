import { mayKeepSafetyPlan, usePrefsChanges } from '../../shell/device/prefs-state';
import { useNavigation } from '../../shell/navigation';
import { useT } from '../../lib/use-t';
import { isKept, keepOnDevice } from './store';

/** Where the safety plan lives, and the one way to keep it: remember + unlock code + this box. */
export function KeepChoice() {
  const t = useT(['safety-plan', 'settings']);
  const names = {
    exit: t('common:exit.label'),
    remember: t('settings:remember.title'),
    erase: t('settings:erase.title'),
  };
  const nav = useNavigation();
  usePrefsChanges();
  if (!mayKeepSafetyPlan())
    return (
      <div class="sp-keep">
        <p>{t('ui.visitOnly', names)}</p>
        <p class="hint">
          {t('ui.howToKeep', names)}{' '}
          <button type="button" class="link-button" onClick={() => nav.go({ name: 'settings' })}>
            {t('ui.toSettings')}
          </button>
        </p>
      </div>
    );
  return (
    <div class="sp-keep">
      {!isKept() && <p>{t('ui.visitOnly', names)}</p>}
      <label class="check">
        <input
          type="checkbox"
          checked={isKept()}
          data-testid="keep-safety-plan"
          onChange={(e) => void keepOnDevice((e.target as HTMLInputElement).checked)}
        />
        <span>{t('ui.keep')}</span>
      </label>
      <p class="hint">{t('ui.keepNote', names)}</p>
    </div>
  );
}
