// "Something wrong here?": builds a short note for the maintainers and copies it. The app sends
// nothing and stores nothing; the note names the window only by a neutral code.
import { useState } from 'preact/hooks';
import { correctionsContact } from '../../config-corrections';
import { neutralCode } from '../../data/neutral-code';
import type { Window } from '../../data/schema';
import { useT } from '../../lib/use-t';

const FIELDS = ['number', 'hours', 'languages', 'callers', 'other'] as const;

export function Correction({ window: w }: { window: Window }) {
  const t = useT(['detail']);
  const [field, setField] = useState<(typeof FIELDS)[number]>('number');
  const [saw, setSaw] = useState('');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const contact = correctionsContact();
  if (!contact) return null;
  const text = t('correction.text', {
    code: neutralCode(w.id),
    field: t(`correction.fields.${field}`),
    saw: saw.trim() || '—',
    interpolation: { escapeValue: false },
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <details class="correction" data-testid="correction">
      <summary>{t('correction.title')}</summary>
      <p>{t('correction.intro')}</p>
      <label>
        {t('correction.field')}
        <select value={field} onChange={(e) => setField(e.currentTarget.value as (typeof FIELDS)[number])}>
          {FIELDS.map((f) => (
            <option key={f} value={f}>
              {t(`correction.fields.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('correction.saw')}
        <textarea rows={2} value={saw} autocomplete="off" onInput={(e) => setSaw(e.currentTarget.value)} />
      </label>
      <textarea class="correction-text" readonly rows={3} value={text} aria-label={t('correction.copy')} />
      <button type="button" class="secondary-button" onClick={() => void copy()}>
        {t('correction.copy')}
      </button>
      <p role="status">
        {copyState === 'copied' && t('correction.copied')}
        {copyState === 'failed' && t('correction.copyFailed')}
      </p>
      <p>{t('correction.sendTo', { contact, interpolation: { escapeValue: false } })}</p>
      <p class="confirm">{t('correction.privacy')}</p>
    </details>
  );
}
