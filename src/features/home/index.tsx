// WARNING: part of the main bundle (the home screen is prerendered and paints before any script).
import crisis from 'virtual:crisis-lines';
import { useT } from '../../lib/use-t';
import { CallLink } from '../../shell/call-link';
import i18next from 'i18next';
import { OfficialName, readingFor } from '../shared/official-name';
import { PhrasesButton } from '../shared/phrases-button';
import { HomeEntries } from './entries';
import { LanguageSection } from './language-section';
import { lazyPart } from '../../shell/lazy-part';
import { whenIdle } from '../../lib/idle';

// Kept windows can only show once the device's stored choices are read (on idle, after the first
// paint): their code waits until then too, off the first paint.
const SavedWindows = lazyPart(() => whenIdle().then(() => import('./saved').then((m) => m.SavedWindows)));

export function Home() {
  const t = useT();
  const [police, ...lines] = crisis;
  const notes: Record<string, string> = {
    'dv-plus': t('home.dvPlusNote'),
    'dv-navi-8008': t('home.dvNaviNote'),
  };
  return (
    <>
      <h1>{t('home.title')}</h1>
      <section class="danger" aria-labelledby="danger-title">
        <h2 id="danger-title">{t('home.dangerTitle')}</h2>
        <CallLink
          number={police.number}
          label={t('home.dangerCall')}
          variant="danger"
          warn={false}
          languages={police.languages}
        />
        <p>{t('home.dangerNote')}</p>
        <PhrasesButton id={police.id} />
      </section>
      <p class="hint dv-meaning" data-testid="dv-meaning">
        {t('home.dvMeaning')}
      </p>
      <LanguageSection />
      <section aria-labelledby="lines-title">
        <h2 id="lines-title">{t('home.linesTitle')}</h2>
        <ul class="line-list">
          {lines.map((line) => (
            <li key={line.id} class="line-card" data-window={line.id}>
              <h3 data-window-name={line.id}>
                {t(`crisis.${line.id}`)}
                {line.always && <span class="badge badge-open">{t('home.hours24')}</span>}
                {line.freeCall && <span class="badge">{t('home.free')}</span>}
              </h3>
              {i18next.language !== 'ja' && (
                <OfficialName
                  id={line.id}
                  name={line.name}
                  reading={readingFor(i18next.language, line.romaji, line.kana)}
                />
              )}
              <p>{notes[line.id]}</p>
              <CallLink number={line.number} label={t('home.call')} languages={line.languages} />
              <PhrasesButton id={line.id} />
            </li>
          ))}
        </ul>
      </section>
      <SavedWindows />
      <HomeEntries />
      <p class="privacy-note">{t('home.privacy')}</p>
    </>
  );
}
