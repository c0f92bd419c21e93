import { useT } from '../../lib/use-t';

/** "2 / 7" as text, and a progress bar named for screen readers ("Question 2 of 7"). */
export function Progress({ n, total }: { n: number; total: number }) {
  const t = useT(['questionnaire']);
  return (
    <div class="q-progress">
      <span class="q-progress-text" aria-hidden="true">
        {t('progress', { n, total })}
      </span>
      <progress max={total} value={n} aria-label={t('progressLabel', { n, total })} />
    </div>
  );
}
