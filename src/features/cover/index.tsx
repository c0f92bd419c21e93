import { useEffect, useState } from 'preact/hooks';
import { NEUTRAL_TITLE } from '../../config';
import { revealCover } from '../../shell/quick-exit/quick-exit';
import { useT } from '../../lib/use-t';
import { initialCalc, press } from './calculator';

const KEYS = ['7', '8', '9', '÷', '4', '5', '6', '×', '1', '2', '3', '−', '0', '.', '=', '+'];

/** The neutral cover: a calculator that really works. Nothing on it hints at anything else. */
export function Cover() {
  const t = useT();
  const [calc, setCalc] = useState(initialCalc);
  useEffect(() => {
    document.title = NEUTRAL_TITLE;
    revealCover();
  }, []);
  return (
    <section class="calculator">
      <h1 class="visually-hidden">{t('cover.title')}</h1>
      <output class="calc-display" aria-live="polite" aria-label={t('cover.display')}>
        {calc.display}
      </output>
      <div class="calc-keys">
        <button type="button" class="calc-key calc-clear" onClick={() => setCalc(press(calc, 'C'))}>
          {t('cover.clear')}
        </button>
        {KEYS.map((k) => (
          <button
            key={k}
            type="button"
            class={`calc-key${/\d|\./.test(k) ? '' : ' calc-op'}`}
            aria-label={k === '=' ? t('cover.equals') : undefined}
            onClick={() => setCalc(press(calc, k))}
          >
            {k}
          </button>
        ))}
      </div>
    </section>
  );
}
