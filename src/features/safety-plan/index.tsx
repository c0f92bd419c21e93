import type { FunctionComponent } from 'preact';
import data from '../../data/safety-plan.json';
import { PHASES } from '../../data/safety-plan-phases';
import type { Quote, Step } from '../../data/safety-plan-schema';
import { useT } from '../../lib/use-t';
import { formatDate } from '../shared/format';
import { useNavigation, type ScreenProps } from '../../shell/navigation';
import { KeepChoice } from './keep-choice';
import { PhaseSection } from './phase-section';
import { useSafetyPlan } from './store';
import { UnreviewedNote } from '../shared/unreviewed-note';
import '../shared/cards.css';
import './safety-plan.css';

const steps = data.steps as Step[];
const quotes = new Map((data.quotes as Quote[]).map((q) => [q.id, q]));

/**
 * A safety plan for staying, leaving and after leaving: short steps taken from quoted guidance,
 * each with the window that helps, plus the person's own lines. Choices, never orders.
 */
export const SafetyPlan: FunctionComponent<ScreenProps> = () => {
  const t = useT(['safety-plan']);
  const nav = useNavigation();
  const [plan, change] = useSafetyPlan();
  return (
    <article class="safety-plan">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('introChoice')}</p>
      <UnreviewedNote />
      <KeepChoice />
      {PHASES.map((phase) => (
        <PhaseSection
          key={phase}
          phase={phase}
          steps={steps.filter((s) => s.phase === phase)}
          quotes={quotes}
          plan={plan}
          change={change}
        />
      ))}
      <p class="hint">{t('ui.shortList')}</p>
      <p class="hint">{t('ui.asOf', { date: formatDate(data.asOf) })}</p>
      <nav class="sp-more" aria-label={t('ui.more')}>
        <button type="button" class="secondary-button" onClick={() => nav.go({ name: 'pocket-card' })}>
          {t('ui.toPocketCard')}
        </button>
      </nav>
    </article>
  );
};
