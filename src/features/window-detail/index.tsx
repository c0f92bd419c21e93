import { channelHours, getSource, getWindow } from '../../data/catalogue';
import { windowStatus } from '../../engines/window-status';
import type { Channel, Window } from '../../data/schema';
import { windowLanguages } from '../../engines/finder';
import { useT } from '../../lib/use-t';
import { useNavigation } from '../../shell/navigation';
import type { ScreenProps } from '../../shell/navigation';
import { formatDate } from '../shared/format';
import { StatusBadge } from '../shared/status-badge';
import { useClock } from '../shared/use-clock';
import { showsTranslation, windowText } from '../shared/window-text';
import { ChannelContact, RouteList } from './contact';
import { Hours } from './hours';
import { Correction } from './correction';
import { SaveWindow } from './save-window';
import '../shared/cards.css';
import { UnreviewedNote } from '../shared/unreviewed-note';

function channelLabel(t: (k: string) => string, c: Channel): string {
  return t('terms:channel.' + c.kind);
}

function Sources({ window: w }: { window: Window }) {
  const t = useT(['detail']);
  const ids = [...new Set([...w.sources, ...w.channels.flatMap((c) => c.sources)])];
  return (
    <section aria-labelledby="sources-title" class="sources">
      <h2 id="sources-title">{t('sources')}</h2>
      <ul>
        {ids.map((id) => {
          const s = getSource(id);
          if (!s) return null;
          const title = s.seedProgramme ? t('seedSource', { no: s.seedProgramme }) : s.title;
          return (
            <li key={id}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}{' '}
              {s.stated ? t('sourceStated', { date: formatDate(s.stated) }) : t('sourceNoDate')}
            </li>
          );
        })}
      </ul>
      <p>{t('retrieved', { date: formatDate(w.retrieved) })}</p>
      <p>{w.lastVerified ? t('lastVerified', { date: formatDate(w.lastVerified) }) : t('neverVerified')}</p>
    </section>
  );
}

export function WindowDetail({ screen }: ScreenProps) {
  const t = useT(['detail', 'terms', 'windows']);
  const nav = useNavigation();
  const { now, holidays } = useClock();
  const w = screen.name === 'window' ? getWindow(screen.id) : undefined;
  if (!w) return <p>{t('notFound')}</p>;
  const status = windowStatus(w, now, holidays);
  const confirmed = w.channels.filter((c) => c.confidence !== 'unknown');
  const ownHours = w.channels.filter((c) => c.hours && c.confidence !== 'unknown');
  const langs = [...windowLanguages(w)];
  return (
    <article class="window-detail" data-window={w.id}>
      <h1>{windowText(w, 'name')}</h1>
      {showsTranslation(w) && (
        <p class="official-name">
          {t('officialName')}:{' '}
          <strong lang="ja" class="official-ja">
            {w.name}
          </strong>
        </p>
      )}
      <StatusBadge status={status} now={now} />
      <p>{windowText(w, 'about')}</p>
      <UnreviewedNote />
      <SaveWindow id={w.id} />

      <section aria-labelledby="contact-title">
        <h2 id="contact-title">{t('contact')}</h2>
        {w.channels.map((c, i) => (
          <ChannelContact key={i} window={w} channel={c} />
        ))}
        {(confirmed.length === 0 || w.channels.some((c) => c.confidence === 'unknown')) && w.route && (
          <RouteList ids={w.route} />
        )}
      </section>

      <section aria-labelledby="who-title">
        <h2 id="who-title">{t('whoMay')}</h2>
        <p>{windowText(w, 'eligibility')}</p>
      </section>

      <section aria-labelledby="needs-title">
        <h2 id="needs-title">{t('helpsWith')}</h2>
        <ul class="tags">
          {w.needs.map((n) => (
            <li key={n}>{t('terms:need.' + n)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="hours-title">
        <h2 id="hours-title">{t('hours')}</h2>
        <Hours schedule={channelHours(w)} now={now} holidays={holidays} />
        {ownHours.map((c, i) => (
          <div key={i}>
            <h3>{t('hoursFor', { channel: channelLabel(t, c) })}</h3>
            <Hours schedule={channelHours(w, c)} now={now} holidays={holidays} />
          </div>
        ))}
      </section>

      <section aria-labelledby="more-title">
        <h2 id="more-title">
          {t('languages')} · {t('cost')} · {t('anonymity')}
        </h2>
        <p>{langs.map((l) => t('terms:lang.' + l)).join(', ')}</p>
        <p>{t('costs.' + w.cost)}</p>
        <p>{t('anonymous.' + w.anonymous)}</p>
        {(w.notes ?? []).map((n) => (
          <p key={n}>{t(`windows:windowNotes.${n}`)}</p>
        ))}
      </section>

      <Sources window={w} />
      <Correction window={w} />

      {w.programmes.length > 0 && (
        <section aria-labelledby="prog-title">
          <h2 id="prog-title">{t('programmes')}</h2>
          <ul class="tags">
            {w.programmes.map((no) => (
              <li key={no}>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => nav.go({ name: 'plan', programme: no })}
                >
                  {t('programmeLink', { no })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
