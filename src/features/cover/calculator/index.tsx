import { useState } from 'preact/hooks';
import { useT } from '../../../lib/use-t';
import { ToolBar } from '../tool-bar';
import type { CoverToolProps } from '../tool-props';
import { initialCalc, press, typedDigits } from './calculator';

const KEYS = ['7', '8', '9', '÷', '4', '5', '6', '×', '1', '2', '3', '−', '0', '.', '=', '+'];

/** A calculator that really works; every "=" reports the digits typed since the last clear or "=". */
export function Calculator({ onUnlockAttempt }: CoverToolProps) {
  const t = useT(['cover']);
  const [calc, setCalc] = useState(initialCalc);
  const onKey = (key: string) => {
    const next = press(calc, key);
    setCalc(next);
    if (key === '=') onUnlockAttempt(typedDigits(next));
  };
  return (
    <section class="calculator">
      <ToolBar title={t('cover.title')} />
      <output class="calc-display" aria-live="polite" aria-label={t('cover.display')}>
        {calc.display}
      </output>
      <div class="calc-keys">
        <button type="button" class="calc-key calc-clear" onClick={() => onKey('C')}>
          {t('cover.clear')}
        </button>
        {KEYS.map((k) => (
          <button
            key={k}
            type="button"
            class={`calc-key${/\d|\./.test(k) ? '' : ' calc-op'}`}
            aria-label={k === '=' ? t('cover.equals') : undefined}
            onClick={() => onKey(k)}
          >
            {k}
          </button>
        ))}
      </div>
    </section>
  );
}
