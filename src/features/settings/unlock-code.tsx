import { useState } from 'preact/hooks';
import { currentPrefs, disguiseActive, isRemembering, setPref } from '../../shell/device/prefs-state';
import { useT } from '../../lib/use-t';

export function UnlockCode() {
  const t = useT(['settings']);
  const [code, setCode] = useState(currentPrefs().unlockCode ?? '');
  const [message, setMessage] = useState('');
  const [coverOnHide, setCoverOnHide] = useState(currentPrefs().coverOnHide !== false);
  const save = () => {
    if (!/^\d{4,8}$/.test(code)) {
      setMessage(t('code.invalid'));
      return;
    }
    void setPref('unlockCode', code);
    setMessage(t('code.saved'));
  };
  return (
    <section aria-labelledby="code-title">
      <h2 id="code-title">{t('code.title')}</h2>
      <p class="hint">{t('code.intro')}</p>
      <label class="field">
        <span>{t('code.label')}</span>
        <input
          type="password"
          inputMode="numeric"
          autocomplete="off"
          pattern="[0-9]*"
          maxLength={8}
          value={code}
          data-testid="unlock-code"
          onInput={(e) => setCode((e.target as HTMLInputElement).value.replace(/\D/g, ''))}
        />
      </label>
      <button type="button" class="secondary-button" onClick={save}>
        {t('code.save')}
      </button>
      <p role="status">{message}</p>
      <p class="hint">{isRemembering() && disguiseActive() ? t('code.active') : t('code.needsRemember')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={coverOnHide}
          onChange={(e) => {
            const on = (e.target as HTMLInputElement).checked;
            setCoverOnHide(on);
            void setPref('coverOnHide', on);
          }}
        />
        <span>{t('code.coverOnHide')}</span>
      </label>
    </section>
  );
}
