// Loaded after the first paint (src/app/app.tsx).
import { useT } from '../../lib/use-t';
import { useNavigation } from '../navigation';

/** Shown only on a practice run of the exit, so nobody mistakes it for the real thing. */
export function PracticeBanner() {
  const t = useT(['cover']);
  const nav = useNavigation();
  return (
    <div class="practice-banner" role="status">
      <p>{t('practice.done')}</p>
      <button type="button" onClick={() => nav.reset({ name: 'settings' })}>
        {t('practice.end')}
      </button>
    </div>
  );
}
