import type { Quote } from '../../data/safety-plan-schema';
import { useT } from '../../lib/use-t';
import { formatDate } from '../shared/format';

/** The quoted guidance behind a step: its words, who published it, when and where. */
export function StepSource({ quotes }: { quotes: readonly Quote[] }) {
  const t = useT(['safety-plan']);
  return (
    <details class="sp-source">
      <summary>{t('ui.source')}</summary>
      {quotes.map((q) => (
        <figure key={q.id}>
          <blockquote lang={q.lang}>“{q.text}”</blockquote>
          <figcaption>
            {q.source.publisher}, {q.source.title}
            {q.source.programme ? ` (${t('ui.programme', { no: q.source.programme })})` : ''}.{' '}
            {q.source.date ? t('ui.dated', { date: formatDate(q.source.date) }) : t('ui.undated')}
            {!q.verbatim && ` ${t('ui.summary')}`}
            {q.source.url && (
              <span class="sp-url" lang="zxx" translate={false}>
                {q.source.url}
              </span>
            )}
          </figcaption>
        </figure>
      ))}
    </details>
  );
}
