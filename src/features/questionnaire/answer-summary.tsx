import { useT } from '../../lib/use-t';
import { change, questionFlow, type FlowState } from './flow';
import { answerText, questionTitle } from './labels';

/** The answers with a "Change" button each: one answer changes without starting over. */
export function AnswerSummary({
  state,
  update,
}: {
  state: FlowState;
  update: (f: (s: FlowState) => FlowState) => void;
}) {
  const t = useT(['questionnaire', 'terms']);
  return (
    <details class="q-answers disclosure">
      <summary>{t('results.answersTitle')}</summary>
      <dl>
        {questionFlow(state.answers).map((id) => {
          const question = questionTitle(t, id, state.answers);
          return (
            <div key={id} class="q-answer" data-question={id}>
              <dt>{question}</dt>
              <dd>{answerText(t, id, state.answers)}</dd>
              <dd>
                <button
                  type="button"
                  class="secondary-button"
                  aria-label={t('results.changeLabel', { question })}
                  onClick={() => update((s) => change(s, id))}
                >
                  {t('results.change')}
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
