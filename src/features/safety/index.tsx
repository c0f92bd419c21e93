import type { FunctionComponent } from 'preact';
import { useT } from '../../lib/use-t';
import type { ScreenProps } from '../../shell/navigation';
import { EmergencyLines } from './emergency-lines';
import { GUIDE, type GuideSection } from './guide';
import '../shared/cards.css';
import './safety.css';

function Section({ section: { id, blocks } }: { section: GuideSection }) {
  const t = useT(['safety']);
  return (
    <section aria-labelledby={`safety-${id}`} data-section={id}>
      <h2 id={`safety-${id}`}>{t(`${id}.title`)}</h2>
      {blocks.map((b) =>
        'p' in b ? (
          <p key={b.p}>{t(`${id}.${b.p}`)}</p>
        ) : (
          <ul key={b.steps.join()} class="safety-steps">
            {b.steps.map((k) => (
              <li key={k}>{t(`${id}.${k}`)}</li>
            ))}
          </ul>
        ),
      )}
    </section>
  );
}

/**
 * What a phone keeps and how to leave fewer traces. Calm and plain; it never promises safety and
 * never says the history is gone (the browser, the phone's own history and sync can keep it), and ends with the lines open around the clock.
 */
export const SafetyGuide: FunctionComponent<ScreenProps> = () => {
  const t = useT(['safety']);
  return (
    <article class="safety">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {GUIDE.map((s) => (
        <Section key={s.id} section={s} />
      ))}
      <EmergencyLines />
    </article>
  );
};
