import { getPlace, getWindow } from '../../data/catalogue';
import type { Channel, Window } from '../../data/schema';
import { useT } from '../../lib/use-t';
import { CallLink, LanguageNote } from '../../shell/call-link';
import { rulesWhen } from '../shared/rules-when';
import { ExternalLink } from '../../shell/call-link/external-link';
import { channelLanguages } from '../../engines/channel-languages';
import { useNavigation } from '../../shell/navigation';
import { placeName, windowText } from '../shared/window-text';
import { WindowOfficialName } from '../shared/window-official-name';
import { IfNoConnect } from './if-no-connect';

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
              <button
                type="button"
                class="card-link"
                onClick={() => nav.go({ name: 'window', id })}
                data-window-name={id}
              >
                {windowText(target, 'name')}
              </button>
              <WindowOfficialName window={target} />
              {tel?.kind === 'tel' && tel.number && (
                <CallLink
                  number={tel.number}
                  label={t('call')}
                  warn={id !== 'police-110'}
                  languages={channelLanguages(target, tel)}
                />
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
        <CallLink
          number={c.number}
          label={label}
          warn={w.kind !== 'emergency'}
          languages={channelLanguages(w, c)}
        />
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
        <LanguageNote kind={c.kind} languages={channelLanguages(w, c)} when={rulesWhen} />
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
      <ExternalLink href={target} label={label} kind={c.kind === 'web' ? 'link' : 'message'} />
      <LanguageNote kind={c.kind} languages={channelLanguages(w, c)} when={rulesWhen} />
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
