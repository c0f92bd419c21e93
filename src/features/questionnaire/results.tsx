import { useState } from 'preact/hooks';
import { useHeadingFocus } from '../../shell/use-heading-focus';
import { getWindow } from '../../data/catalogue';
import { useT } from '../../lib/use-t';
import { CallLink } from '../../shell/call-link';
import { useNavigation } from '../../shell/navigation';
import { START, type FlowState } from './flow';
import { AnswerSummary } from './answer-summary';
import { DangerNow } from './danger-now';
import { ResultCard } from './result-card';
import { mainPhone } from '../shared/main-phone';
import { useRecommendation } from './use-recommendation';
import { windowText } from '../shared/window-text';
import { UnreviewedNote } from '../shared/unreviewed-note';

/** Enough to choose from without scrolling through the whole catalogue; the rest is one tap away. */
const FIRST_SHOWN = 5;

type Update = (f: (s: FlowState) => FlowState) => void;

export function Results({ state, update }: { state: FlowState; update: Update }) {
  const t = useT(['questionnaire', 'terms', 'windows']);
  const nav = useNavigation();
  const { rec, now, holidays } = useRecommendation(state.answers);
  const [all, setAll] = useState(false);
  const heading = useHeadingFocus<HTMLHeadingElement>(null, { onMount: true });

  const shown = all ? rec.ranked : rec.ranked.slice(0, FIRST_SHOWN);
  const above = new Set([...rec.urgent, ...shown].map((r) => r.window.id));
  const fallbackPhone = mainPhone(rec.fallback.window)?.number;
  const policeWindow = getWindow('police-110');
  const police = rec.urgent.length === 0 && policeWindow ? mainPhone(policeWindow) : undefined;

  return (
    <section class="questionnaire q-results">
      <h1 ref={heading} tabIndex={-1}>
        {t('results.title')}
      </h1>
      <p class="hint">{t('results.intro')}</p>
      <AnswerSummary state={state} update={update} />
      <DangerNow urgent={rec.urgent} now={now} holidays={holidays} />
      <h2>{t('results.rankedTitle')}</h2>
      <UnreviewedNote />
      <ul class="card-list" data-testid="ranked">
        {shown.map((r) => (
          <ResultCard key={r.window.id} result={r} now={now} holidays={holidays} />
        ))}
      </ul>
      {!all && rec.ranked.length > FIRST_SHOWN && (
        <button type="button" class="secondary-button" onClick={() => setAll(true)}>
          {t('results.showMore', { count: rec.ranked.length - FIRST_SHOWN })}
        </button>
      )}
      <section class="fallback q-fallback" aria-labelledby="q-fallback-title" data-testid="fallback">
        <h2 id="q-fallback-title">{t('results.fallbackTitle')}</h2>
        <p>{t('results.fallbackIntro')}</p>
        {above.has(rec.fallback.window.id) ? (
          <>
            <p class="q-fallback-name">{windowText(rec.fallback.window, 'name')}</p>
            {fallbackPhone && <CallLink number={fallbackPhone} label={t('results.call')} />}
          </>
        ) : (
          <ul class="card-list">
            <ResultCard result={rec.fallback} now={now} holidays={holidays} />
          </ul>
        )}
        {police?.number && (
          <div class="q-police">
            <p>{t('results.dangerAnyTime')}</p>
            <CallLink number={police.number} label={t('results.call110')} variant="danger" warn={false} />
          </div>
        )}
      </section>
      <div class="q-actions">
        <button type="button" class="secondary-button" onClick={() => nav.go({ name: 'finder' })}>
          {t('results.toFinder')}
        </button>
        <button type="button" class="secondary-button" onClick={() => update(() => START)}>
          {t('results.restart')}
        </button>
      </div>
    </section>
  );
}
