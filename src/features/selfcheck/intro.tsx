import { useT } from '../../lib/use-t';
import type { CheckState } from './store';
import type { Variant } from './signs';

const VARIANTS: Variant[] = ['couple', 'dating'];

export function SelfcheckIntro({ update }: { update: (f: (s: CheckState) => CheckState) => void }) {
  const t = useT(['selfcheck']);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('noJudge')}</p>
      <p class="privacy-note">{t('privacy')}</p>
      <h2 id="sc-choose">{t('chooseTitle')}</h2>
      <ul class="choice-list" aria-labelledby="sc-choose">
        {VARIANTS.map((v) => (
          <li key={v}>
            <button
              type="button"
              class="choice"
              data-variant={v}
              onClick={() => update((s) => ({ ...s, variant: v, step: 'check' }))}
            >
              {t(`variant.${v}`)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
