import { useHeadingFocus } from '../../shell/use-heading-focus';
import { getWindow } from '../../data/catalogue';
import { useT } from '../../lib/use-t';
import { CallLink } from '../../shell/call-link';
import { channelLanguages } from '../../engines/channel-languages';
import { useNavigation } from '../../shell/navigation';
import { effectiveAnswers, START, type FlowState } from './flow';
import { finderQueryFrom } from '../../engines/finder-from-answers';
import { NoSpeakingNote } from './no-speaking-note';
import { AnswerSummary } from './answer-summary';
import { DangerNow } from './danger-now';
import { ResultCard } from './result-card';
import { mainPhone } from '../shared/main-phone';
import { useRecommendation } from './use-recommendation';
import { windowText } from '../shared/window-text';
import { WindowOfficialName } from '../shared/window-official-name';
import { UnreviewedNote } from '../shared/unreviewed-note';

/** Enough to choose from; every other window is in the finder, filtered by the answers. */
const FIRST_SHOWN = 5;

const cannotSpeak = (s: FlowState) =>
  Array.isArray(s.answers.needs) &&
  s.answers.needs.some((n) => n === 'cant-talk-now' || n === 'cant-hear-speak');

type Update = (f: (s: FlowState) => FlowState) => void;

export function Results({ state, update }: { state: FlowState; update: Update }) {
  const t = useT(['questionnaire', 'terms', 'windows']);
  const nav = useNavigation();
  const { rec, now, holidays } = useRecommendation(state.answers);
  const heading = useHeadingFocus<HTMLHeadingElement>(null, { onMount: true });

  const shown = rec.ranked.slice(0, FIRST_SHOWN);
  const written = cannotSpeak(state);
  const above = new Set([...rec.urgent, ...shown].map((r) => r.window.id));
  const fallbackTel = mainPhone(rec.fallback.window);
  const fallbackPhone = fallbackTel?.number;
  const policeWindow = getWindow('police-110');
  const police = rec.urgent.length === 0 && policeWindow ? mainPhone(policeWindow) : undefined;

  return (
    <section class="questionnaire q-results">
      <h1 ref={heading} tabIndex={-1}>
        {t('results.title')}
      </h1>
      <p class="hint">{t('results.intro')}</p>
      <AnswerSummary state={state} update={update} />
      <DangerNow urgent={rec.urgent} now={now} holidays={holidays} written={written} />
      <h2>{t('results.rankedTitle')}</h2>
      <UnreviewedNote />
      <ul class="card-list" data-testid="ranked">
        {shown.map((r) => (
          <ResultCard key={r.window.id} result={r} now={now} holidays={holidays} written={written} />
        ))}
      </ul>
      <button
        type="button"
        class="secondary-button"
        data-testid="browse-all"
        onClick={() => nav.go({ name: 'finder', query: finderQueryFrom(effectiveAnswers(state.answers)) })}
      >
        {t('results.browseAll')}
      </button>
      {written && <NoSpeakingNote />}
      <section class="fallback q-fallback" aria-labelledby="q-fallback-title" data-testid="fallback">
        <h2 id="q-fallback-title">{t('results.fallbackTitle')}</h2>
        <p>{t('results.fallbackIntro')}</p>
        {above.has(rec.fallback.window.id) ? (
          <>
            <p class="q-fallback-name" data-window-name={rec.fallback.window.id}>
              {windowText(rec.fallback.window, 'name')}
            </p>
            <WindowOfficialName window={rec.fallback.window} />
            {fallbackTel && fallbackPhone && (
              <CallLink
                number={fallbackPhone}
                label={t('results.call')}
                languages={channelLanguages(rec.fallback.window, fallbackTel)}
              />
            )}
          </>
        ) : (
          <ul class="card-list">
            <ResultCard result={rec.fallback} now={now} holidays={holidays} />
          </ul>
        )}
        {police?.number && policeWindow && (
          <div class="q-police">
            <p>{t('results.dangerAnyTime')}</p>
            <CallLink
              number={police.number}
              label={t('results.call110')}
              variant="danger"
              warn={false}
              languages={channelLanguages(policeWindow, police)}
            />
          </div>
        )}
      </section>
      <div class="q-actions">
        <button type="button" class="secondary-button" onClick={() => update(() => START)}>
          {t('results.restart')}
        </button>
      </div>
    </section>
  );
}
