import { useHeadingFocus } from '../../shell/use-heading-focus';
import { useEffect } from 'preact/hooks';
import i18next from 'i18next';
import type { ContentLang } from '../../data/schema';
import { localeInfo } from '../../lib/languages';
import { useT } from '../../lib/use-t';
import { useNavigation } from '../../shell/navigation';
import { answer, back, next, optionsFor, progress, skip, type FlowState, type QuestionId } from './flow';
import { endonym, questionTitle } from './labels';
import { OptionList, type Option } from './options';
import { Progress } from './progress';
import { LazyDangerLines, preloadCatalogueParts } from './parts';

type Update = (f: (s: FlowState) => FlowState) => void;

function useOptions(id: QuestionId, s: FlowState): Option[] {
  const t = useT(['questionnaire', 'terms']);
  return optionsFor(id, s.answers).map((value) => {
    if (id !== 'language') return { value, label: t(`q.${id}.options.${value}`) };
    const own = endonym(value as ContentLang);
    const name = t(`terms:lang.${value}`);
    return {
      value,
      label: (
        <>
          <span lang={own.htmlLang}>{own.text}</span>
          {name !== own.text && <span class="q-option-sub"> ({name})</span>}
        </>
      ),
    };
  });
}

export function QuestionStep({ state, update }: { state: FlowState; update: Update }) {
  const t = useT(['questionnaire', 'terms']);
  const nav = useNavigation();
  const id = state.step as QuestionId;
  const options = useOptions(id, state);
  const heading = useHeadingFocus<HTMLHeadingElement>(id);
  // While the person reads the question: the urgent block and the results (the catalogue).
  useEffect(preloadCatalogueParts, []);

  // The language question starts from the language the app is shown in.
  const selected =
    state.answers[id] ??
    (id === 'language' ? (localeInfo(i18next.language).content ?? undefined) : undefined);
  const { n, total } = progress(state);
  const hint = i18next.exists(`q.${id}.hint`, { ns: 'questionnaire' }) ? t(`q.${id}.hint`) : null;
  const last = state.editing || n === total;
  const onNext = () =>
    update((s) => next(s.answers[id] === undefined && selected ? answer(s, { [id]: selected }) : s));

  return (
    <section class="questionnaire">
      <p class="q-caption">{t('title')}</p>
      {id === 'danger' && !state.editing && <p class="hint">{t('intro')}</p>}
      <Progress n={n} total={total} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onNext();
        }}
      >
        <fieldset class="q-fieldset" aria-describedby={hint ? 'q-hint' : undefined}>
          <legend>
            <h1 ref={heading} tabIndex={-1}>
              {questionTitle(t, id, state.answers)}
            </h1>
          </legend>
          {hint && (
            <p id="q-hint" class="hint">
              {hint}
            </p>
          )}
          <OptionList
            name={`q-${id}`}
            options={options}
            preferNot={t('preferNot')}
            selected={selected}
            multi={id === 'needs'}
            onChange={(v) => update((s) => answer(s, { [id]: v }))}
          />
        </fieldset>
        {id === 'danger' && <LazyDangerLines answers={state.answers} />}
        <div class="q-actions">
          <button type="submit" class="primary-button">
            {last ? t('showResults') : t('next')}
          </button>
          {(n > 1 || state.editing) && (
            <button type="button" class="secondary-button" onClick={() => update(back)}>
              {state.editing ? t('backToResults') : t('back')}
            </button>
          )}
          <button type="button" class="secondary-button" onClick={() => update(skip)}>
            {t('skip')}
          </button>
        </div>
      </form>
      <p class="privacy-note">{t('privacy')}</p>
      <button type="button" class="link-button q-selfcheck" onClick={() => nav.go({ name: 'selfcheck' })}>
        {t('selfcheckLink')}
      </button>
    </section>
  );
}
