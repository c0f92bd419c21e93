import { useT } from '../../lib/use-t';
import type { CheckState } from './store';
import { kindsTicked, textList } from './signs';

/** Never a verdict: what the reader ticked, mirrored back, and that talking needs no certainty. */
export function SelfcheckEnd({
  state,
  update,
}: {
  state: CheckState;
  update: (f: (s: CheckState) => CheckState) => void;
}) {
  const t = useT(['selfcheck']);
  const kinds = kindsTicked(state.ticked);
  return (
    <>
      <h1>{t('endTitle')}</h1>
      {textList(t, 'end').map((p) => (
        <p key={p}>{p}</p>
      ))}
      {state.variant === 'dating' && <p>{t('datingEnd')}</p>}
      {kinds.length > 0 && (
        <>
          <p>{t('noticed')}</p>
          <ul class="sc-noticed">
            {kinds.map((k) => (
              <li key={k}>{t(`kinds.${k}.title`)}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="secondary-button" onClick={() => update((s) => ({ ...s, step: 'check' }))}>
        {t('back')}
      </button>
    </>
  );
}
