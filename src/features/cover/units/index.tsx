import { useState } from 'preact/hooks';
import i18next from 'i18next';
import { useT } from '../../../lib/use-t';
import { ToolBar } from '../tool-bar';
import { committedDigits, type CoverToolProps } from '../tool-props';
import { UnitSelect } from './unit-select';
import { DEFAULT_PAIR, QUANTITIES, convert, parseNumber, type Quantity } from './units';
import { formatAmount } from './unit-names';
import './units.css';

/** A unit converter that really works; "convert" (or Enter) reports the number as typed. */
export function UnitConverter({ onUnlockAttempt }: CoverToolProps) {
  const t = useT(['cover']);
  const locale = i18next.language;
  const [quantity, setQuantity] = useState<Quantity>('length');
  const [[from, to], setPair] = useState(DEFAULT_PAIR.length);
  const [raw, setRaw] = useState('');
  const value = parseNumber(raw);
  const result = value === null ? '' : formatAmount(locale, to, convert(value, from, to));

  const choose = (q: Quantity) => {
    setQuantity(q);
    setPair(DEFAULT_PAIR[q]);
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    // Closing the on-screen keyboard brings the result into view on a phone.
    (document.activeElement as HTMLElement | null)?.blur();
    onUnlockAttempt(committedDigits(raw));
  };

  return (
    <section class="units">
      <ToolBar title={t('cover.units')} />
      <div class="segments" role="group" aria-label={t('cover.units')}>
        {QUANTITIES.map((q) => (
          <button
            key={q}
            type="button"
            class="segment"
            aria-pressed={q === quantity}
            onClick={() => choose(q)}
          >
            {t(`cover.${q}`)}
          </button>
        ))}
      </div>
      <form class="units-form" onSubmit={onSubmit}>
        <label class="tool-field">
          <span>{t('cover.value')}</span>
          <input
            type="text"
            inputMode="decimal"
            autocomplete="off"
            spellcheck={false}
            value={raw}
            onInput={(e) => setRaw((e.target as HTMLInputElement).value)}
          />
        </label>
        <UnitSelect
          label={t('cover.from')}
          quantity={quantity}
          value={from}
          onChange={(u) => setPair([u, to])}
        />
        <button type="button" class="swap" aria-label={t('cover.swap')} onClick={() => setPair([to, from])}>
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M7 3 3 7h3v7h2V7h3zm10 18 4-4h-3v-7h-2v7h-3z" fill="currentColor" />
          </svg>
        </button>
        <UnitSelect
          label={t('cover.to')}
          quantity={quantity}
          value={to}
          onChange={(u) => setPair([from, u])}
        />
        <button type="submit" class="tool-button tool-primary">
          {t('cover.convert')}
        </button>
      </form>
      <p class="units-result">
        <span class="units-result-label">{t('cover.result')}</span>
        <output class="units-result-value" aria-live="polite">
          {result}
        </output>
      </p>
    </section>
  );
}
