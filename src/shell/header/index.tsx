// WARNING: part of the main bundle.
import { useNavigation } from '../navigation';
import { Icon } from '../icon';
import { useT } from '../../lib/use-t';
import { localeInfo } from '../../lib/languages';
import i18next from 'i18next';

export function Header() {
  const t = useT();
  const nav = useNavigation();
  const onLanguage = nav.screen.name === 'language';
  const locale = localeInfo(i18next.language);
  return (
    <header class="app-header">
      {nav.canGoBack ? (
        <button type="button" class="header-button" onClick={() => nav.back()}>
          <Icon name="back" />
          {t('shell.back')}
        </button>
      ) : (
        <span class="header-spacer" />
      )}
      {!onLanguage && (
        <button type="button" class="header-button" onClick={() => nav.go({ name: 'language' })}>
          <Icon name="globe" />
          <span class="visually-hidden">{t('shell.language')}: </span>
          <span lang={locale.htmlLang} dir={locale.dir}>
            {locale.endonym}
          </span>
        </button>
      )}
    </header>
  );
}
