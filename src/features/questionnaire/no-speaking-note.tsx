// Ways without speaking that are not windows in the catalogue (a relay service, the police app):
// what their sources say, including the registration they need, so nobody counts on them tonight.
import { getSource } from '../../data/catalogue';
import { WAYS_WITHOUT_SPEAKING } from '../../data/no-speaking';
import { useT } from '../../lib/use-t';

export function NoSpeakingNote() {
  const t = useT(['questionnaire']);
  return (
    <section class="q-no-speaking" aria-labelledby="q-no-speaking-title" data-testid="no-speaking">
      <h2 id="q-no-speaking-title">{t('results.noSpeaking.title')}</h2>
      <p>{t('results.noSpeaking.intro')}</p>
      <ul>
        {WAYS_WITHOUT_SPEAKING.map((way) => (
          <li key={way.id}>
            <p>{t(`results.noSpeaking.${way.id}`)}</p>
            <p class="hint">
              {t('results.noSpeaking.source')}{' '}
              <span lang="ja">
                {way.sources.map((id) => getSource(id)?.title ?? id).join(' / ')}: 「{way.quote}」
              </span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
