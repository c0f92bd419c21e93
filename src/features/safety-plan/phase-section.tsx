import { useState } from 'preact/hooks';
import { getWindow } from '../../data/catalogue';
import type { Phase, Quote, Step } from '../../data/safety-plan-schema';
import type { SafetyPlanRecord } from '../../lib/safety-plan-record';
import { useT } from '../../lib/use-t';
import { useNavigation } from '../../shell/navigation';
import { windowText } from '../shared/window-text';
import { addLine, newLineId, removeLine, toggleLine, toggleStep } from './plan-state';
import { StepSource } from './step-source';

type Change = (change: (p: SafetyPlanRecord) => SafetyPlanRecord) => void;

function StepLink({ step }: { step: Step }) {
  const t = useT(['safety-plan', 'windows']);
  const nav = useNavigation();
  const w = step.window ? getWindow(step.window) : undefined;
  if (w)
    return (
      <button type="button" class="link-button sp-link" onClick={() => nav.go({ name: 'window', id: w.id })}>
        {t('ui.window', { name: windowText(w, 'name') })}
      </button>
    );
  return (
    <button type="button" class="link-button sp-link" onClick={() => nav.go({ name: 'safety' })}>
      {t('ui.safetyGuide')}
    </button>
  );
}

export function PhaseSection(props: {
  phase: Phase;
  steps: readonly Step[];
  quotes: ReadonlyMap<string, Quote>;
  plan: SafetyPlanRecord;
  change: Change;
}) {
  const { phase, steps, quotes, plan, change } = props;
  const t = useT(['safety-plan']);
  const [draft, setDraft] = useState('');
  const own = plan.own.filter((l) => l.phase === phase);
  const add = (e: Event) => {
    e.preventDefault();
    change((p) => addLine(p, phase, draft, newLineId(p)));
    setDraft('');
  };
  return (
    <section aria-labelledby={`sp-${phase}`} class="sp-phase" data-phase={phase}>
      <h2 id={`sp-${phase}`}>{t(`phases.${phase}.title`)}</h2>
      <p>{t(`phases.${phase}.intro`)}</p>
      <ul class="sp-steps">
        {steps.map((s) => (
          <li key={s.id} data-step={s.id}>
            <label class="check sp-check">
              <input
                type="checkbox"
                checked={plan.ticked.includes(s.id)}
                onChange={() => change((p) => toggleStep(p, s.id))}
              />
              <span>{t(`steps.${s.id}`)}</span>
            </label>
            <StepLink step={s} />
            <StepSource quotes={s.quotes.map((q) => quotes.get(q)).filter((q) => q !== undefined)} />
          </li>
        ))}
        {own.map((l) => (
          <li key={l.id} class="sp-own" data-own={l.id}>
            <label class="check sp-check">
              <input type="checkbox" checked={l.ticked} onChange={() => change((p) => toggleLine(p, l.id))} />
              <span>{l.text}</span>
            </label>
            <button
              type="button"
              class="link-button"
              aria-label={t('ui.removeLine', { text: l.text })}
              onClick={() => change((p) => removeLine(p, l.id))}
            >
              {t('ui.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="sp-add" onSubmit={add}>
        <label class="field">
          <span>{t('ui.ownLabel')}</span>
          <input
            type="text"
            maxLength={200}
            autocomplete="off"
            value={draft}
            data-testid={`own-line-${phase}`}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="secondary-button">
          {t('ui.add')}
        </button>
      </form>
    </section>
  );
}
