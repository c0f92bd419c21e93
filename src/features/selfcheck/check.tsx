import { useT } from '../../lib/use-t';
import type { CheckState } from './store';
import { examples, KINDS, signId, textList, type Variant } from './signs';

type Update = (f: (s: CheckState) => CheckState) => void;

function toggle(ticked: string[], id: string): string[] {
  return ticked.includes(id) ? ticked.filter((x) => x !== id) : [...ticked, id];
}

/** The examples, kind by kind, each a checkbox the reader may tick or just read. No score. */
export function SelfcheckList({
  state,
  variant,
  update,
}: {
  state: CheckState;
  variant: Variant;
  update: Update;
}) {
  const t = useT(['selfcheck']);
  return (
    <>
      <h1>{t(`checkTitle.${variant}`)}</h1>
      <p class="hint">{t('checkHint')}</p>
      {variant === 'dating' && <p>{t('datingNote')}</p>}
      {KINDS.map((kind) => (
        <fieldset key={kind} class="sc-kind" aria-describedby={`sc-${kind}-about`}>
          <legend>{t(`kinds.${kind}.title`)}</legend>
          <p id={`sc-${kind}-about`} class="hint">
            {t(`kinds.${kind}.about`)}
          </p>
          {examples(t, variant, kind).map((text, i) => {
            const id = signId(kind, i);
            return (
              <label key={id} class="check sc-sign">
                <input
                  type="checkbox"
                  checked={state.ticked.includes(id)}
                  onChange={() => update((s) => ({ ...s, ticked: toggle(s.ticked, id) }))}
                />
                <span>{text}</span>
              </label>
            );
          })}
        </fieldset>
      ))}
      <section class="sc-children" aria-labelledby="sc-children-title">
        <h2 id="sc-children-title">{t('children.title')}</h2>
        {textList(t, 'children.body').map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
      <div class="sc-actions">
        <button type="button" class="primary-button" onClick={() => update((s) => ({ ...s, step: 'end' }))}>
          {t('next')}
        </button>
        <button
          type="button"
          class="secondary-button"
          onClick={() => update((s) => ({ ...s, step: 'intro' }))}
        >
          {t('back')}
        </button>
      </div>
    </>
  );
}
