// One small line wherever translated window texts appear: no native speaker has checked these
// translations yet, and the Japanese is what the windows themselves say. Not shown in Japanese.
import i18next from 'i18next';
import { useT } from '../../lib/use-t';

export function UnreviewedNote() {
  const t = useT(['common']);
  if (i18next.language === 'ja') return null;
  return (
    <p class="hint unreviewed-note" data-testid="unreviewed-note">
      {t('translation.unreviewed')}
    </p>
  );
}
