import { isRemembering, setRemembering, usePrefsChanges } from '../../shell/device/prefs-state';
import { practiseExit } from '../../shell/quick-exit/practice';
import { useT } from '../../lib/use-t';
import { useNavigation } from '../../shell/navigation';
import { DisguisePicker } from './disguise-picker';
import { EraseEverything } from './erase-everything';
import { UnlockCode } from './unlock-code';
import '../shared/cards.css';
import './settings.css';

export function Settings() {
  const t = useT(['settings']);
  usePrefsChanges();
  const remember = isRemembering();
  return (
    <section class="settings">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <section aria-labelledby="remember-title">
        <h2 id="remember-title">{t('remember.title')}</h2>
        <label class="check">
          <input
            type="checkbox"
            data-testid="remember"
            checked={remember}
            onChange={(e) => {
              void setRemembering((e.target as HTMLInputElement).checked);
            }}
          />
          <span>{t('remember.label')}</span>
        </label>
        <p class="hint" role="status">
          {remember ? t('remember.on') : t('remember.off')}
        </p>
      </section>

      <DisguisePicker />
      <UnlockCode />

      <section aria-labelledby="practice-title">
        <h2 id="practice-title">{t('practice.title')}</h2>
        <p class="hint">{t('practice.intro')}</p>
        <button type="button" class="secondary-button" data-testid="practise" onClick={practiseExit}>
          {t('practice.button')}
        </button>
      </section>

      <section aria-labelledby="install-title">
        <h2 id="install-title">{t('install.title')}</h2>
        <p class="hint">{t('install.body')}</p>
      </section>

      <section aria-labelledby="erase-title">
        <h2 id="erase-title">{t('erase.title')}</h2>
        <EraseEverything label={t('erase.button')} intro={t('erase.intro')} />
        <p class="hint">{t('erase.cannot')}</p>
      </section>
    </section>
  );
}

/** The cover tool's own settings: neutral words only, and the one control that matters. */
export function CoverSettings() {
  const t = useT(['settings']);
  return (
    <section class="settings">
      <h1>{t('cover.title')}</h1>
      <EraseEverything label={t('cover.erase')} intro={t('cover.eraseIntro')} />
      <CoverBack label={t('cover.back')} />
    </section>
  );
}

function CoverBack({ label }: { label: string }) {
  const nav = useNavigation();
  return (
    <button type="button" class="secondary-button" onClick={() => nav.reset({ name: 'cover' })}>
      {label}
    </button>
  );
}
