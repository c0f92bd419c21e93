import { useState } from 'preact/hooks';
import { getPlace, getWindow } from '../../data/catalogue';
import type { Channel, Window } from '../../data/schema';
import { useT } from '../../lib/use-t';
import { CallLink, TraceNote } from '../../shell/call-link';
import { markTraceNoteSeen, traceNoteSeen } from '../../shell/call-link/trace-note';
import { useNavigation } from '../../shell/navigation';
import { Icon } from '../../shell/icon';
import { placeName, windowText } from '../shared/window-text';
import { IfNoConnect } from './if-no-connect';

function ExternalLink({ href, label }: { href: string; label: string }) {
  const [noteOpen, setNoteOpen] = useState(false);
  const link = (
    <a class="call-button" href={href} target="_blank" rel="noopener noreferrer">
      {label} <Icon name="external" />
    </a>
  );
  return (
    <div class="call">
      <a
        class="call-button"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        onClick={(e) => {
          if (traceNoteSeen()) return;
          e.preventDefault();
          markTraceNoteSeen();
          setNoteOpen(true);
        }}
      >
        {label} <Icon name="external" />
      </a>
      {noteOpen && <TraceNote kind="link" action={link} />}
    </div>
  );
}

/** The windows to use when this one has no confirmed contact. */
export function RouteList({ ids }: { ids: string[] }) {
  const t = useT(['detail', 'windows']);
  const nav = useNavigation();
  return (
    <div class="route">
      <p>{t('routeIntro')}</p>
      <ul>
        {ids.map((id) => {
          const target = getWindow(id);
          if (!target) return null;
          const tel = target.channels.find((c) => c.kind === 'tel' && c.number);
          return (
            <li key={id}>
              <button type="button" class="card-link" onClick={() => nav.go({ name: 'window', id })}>
                {windowText(target, 'name')}
              </button>
              {tel?.kind === 'tel' && tel.number && (
                <CallLink number={tel.number} label={t('call')} warn={id !== 'police-110'} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function ChannelContact({ window: w, channel: c }: { window: Window; channel: Channel }) {
  const t = useT(['detail', 'terms', 'windows']);
  const nav = useNavigation();
  const notes = (c.notes ?? []).map((n) => <p key={n}>{t(`windows:channelNotes.${n}`)}</p>);
  const confirm = c.confidence === 'medium' && (
    <p class="confirm">
      <span aria-hidden="true">⚠ </span>
      {t('pleaseConfirm')}
    </p>
  );
  if (c.kind === 'tel') {
    if (!c.number) return <p class="unknown">{t('numberUnknown')}</p>;
    const label = c.audience ? t('callFor', { who: t(`windows:audiences.${c.audience}`) }) : t('call');
    const ip = c.ipPhones ? t(`ipPhones.${c.ipPhones}`) : '';
    return (
      <div class="channel">
        <CallLink number={c.number} label={label} warn={w.kind !== 'emergency'} />
        {ip && <p>{ip}</p>}
        {confirm}
        {notes}
        <IfNoConnect channel={c} />
      </div>
    );
  }
  if (c.kind === 'visit' || c.kind === 'apply') {
    return (
      <div class="channel">
        <p>
          <strong>{c.kind === 'visit' ? t('visitAt') : t('applyAt')}</strong>
        </p>
        {c.places.length === 0 && <p class="unknown">{t('placeUnknown')}</p>}
        <ul class="places">
          {c.places.map((id) => {
            const p = getPlace(id);
            if (!p) return null;
            return (
              <li key={id}>
                {placeName(p)}
                {p.address && (
                  <span class="address" lang="ja">
                    {' '}
                    {p.address}
                  </span>
                )}
                {p.coords && (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => nav.go({ name: 'map', place: id })}
                  >
                    {t('showOnMap')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        {confirm}
        {notes}
      </div>
    );
  }
  if (c.kind !== 'chat' && c.kind !== 'sns' && c.kind !== 'email' && c.kind !== 'web') return null;
  const target = c.url ?? (c.address ? `mailto:${c.address}` : null);
  if (!target) return <p class="unknown">{t('contactUnknown')}</p>;
  const label =
    c.kind === 'chat'
      ? t('openChat')
      : c.kind === 'email'
        ? t('email')
        : c.kind === 'sns'
          ? t('openSns')
          : t('openWeb');
  return (
    <div class="channel">
      <ExternalLink href={target} label={label} />
      {c.address && (
        <p>
          {t('emailAddress')}:{' '}
          <bdi class="address" dir="ltr">
            {c.address}
          </bdi>
        </p>
      )}
      {confirm}
      {notes}
    </div>
  );
}
