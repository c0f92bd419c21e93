import i18next from 'i18next';
import { useEffect } from 'preact/hooks';
import listed from 'virtual:listed-locales';
import { LOCALES } from '../../lib/languages';
import { chooseLocale } from '../locale-sync';
import { useNavigation } from '../navigation';
import { useT } from '../../lib/use-t';

export function LanguagePicker() {
  const t = useT();
  const nav = useNavigation();
  const offered = LOCALES.filter((l) => listed.includes(l.code));
  // Esc closes the picker like a dialog (and, pressed twice, still leaves: see quick-exit/gestures).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.repeat) nav.back();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [nav]);
  return (
    <section>
      <h1>{t('shell.languageTitle')}</h1>
      <p class="hint">{t('shell.languageHint')}</p>
      <ul class="choice-list">
        {offered.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              class="choice"
              lang={l.htmlLang}
              aria-current={i18next.language === l.code ? 'true' : undefined}
              onClick={() => {
                void chooseLocale(l.code);
                nav.back();
              }}
            >
              <span dir={l.dir}>{l.endonym}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
