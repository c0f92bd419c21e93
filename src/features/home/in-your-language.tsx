// The windows that answer in the reader's language, from a build-time extract
// (virtual:language-lines). A small chunk of its own, loaded at once for every locale but Japanese
// (./language-section.tsx); the prerender waits for it, so the page carries the section.
import i18next from 'i18next';
import lines from 'virtual:language-lines';
import type { ContentLang, DatedSchedule } from '../../data/schema';
import { answersIn, rulesFor } from '../../engines/channel-languages';
import { NEAREST_MULTILINGUAL, type LanguageChannel, type LanguageLine } from '../../engines/language-lines';
import { localeInfo } from '../../lib/languages';
import { intlLocale } from '../../lib/rule-text';
import { useT } from '../../lib/use-t';
import { CallLink, LanguageNote } from '../../shell/call-link';
import { rulesWhen } from '../shared/rules-when';
import { ExternalLink } from '../../shell/call-link/external-link';
import { useNavigation } from '../../shell/navigation';
import { lazyLoad, useLazy } from '../../shell/lazy-part';
import { OfficialName, readingFor } from '../shared/official-name';
import { PhrasesButton } from '../shared/phrases-button';

/**
 * The live "open now" code and this year's holidays. A first visit in another language loads them
 * before its words are shown (./language-section.tsx), so the status is there in the same frame
 * and moves nothing; a prerendered page adds it after hydration.
 */
const liveStatus = lazyLoad<{ hours: DatedSchedule }>(() =>
  import('./line-status').then(async (m) => {
    await m.loadHolidays();
    return m.LineStatus;
  }),
);
export const loadLiveStatus = liveStatus.preload;

function LiveStatus({ hours }: { hours: DatedSchedule }) {
  const { Comp: Status } = useLazy(liveStatus);
  return Status ? <Status hours={hours} /> : null;
}

function HoursText({ channel: c, reader }: { channel: LanguageChannel; reader: ContentLang | null }) {
  const t = useT(['langs', 'common']);
  const lng = i18next.language;
  const h = c.hours;
  const own = rulesFor(c.languages, reader);
  const text =
    h.kind === 'always'
      ? t('langs:allDay')
      : h.kind === 'weekly'
        ? rulesWhen(own.length > 0 ? own : h.rules)
        : t('langs:hoursUnknown');
  const asOf =
    h.statedAsOf &&
    new Intl.DateTimeFormat(intlLocale(lng), { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${h.statedAsOf.length === 4 ? `${h.statedAsOf}-01` : h.statedAsOf.slice(0, 7)}-01T00:00:00Z`),
    );
  return (
    <p class="lang-hours">
      {t('langs:hours', { hours: text })}
      {asOf && ` (${t('langs:asOf', { date: asOf })})`}
      {h.kind === 'weekly' && h.confidence !== 'high' && ` ${t('langs:confirm')}`}
    </p>
  );
}

function Channel({ channel: c, reader }: { channel: LanguageChannel; reader: ContentLang | null }) {
  const t = useT(['langs', 'common']);
  const action =
    c.kind === 'tel' && c.number ? (
      <CallLink number={c.number} label={t('common:home.call')} languages={c.languages} />
    ) : c.url ? (
      <>
        <ExternalLink href={c.url} label={t(`langs:open.${c.kind === 'email' ? 'email' : 'chat'}`)} />
        <LanguageNote kind={c.kind} languages={c.languages} when={rulesWhen} />
      </>
    ) : (
      <LanguageNote kind={c.kind} languages={c.languages} when={rulesWhen} />
    );
  return (
    <div class="lang-channel" data-channel={c.kind}>
      {action}
      <HoursText channel={c} reader={reader} />
      {c.hours.kind !== 'unknown' && <LiveStatus hours={c.hours} />}
    </div>
  );
}

function Line({ line, reader }: { line: LanguageLine; reader: ContentLang | null }) {
  const t = useT(['langs', 'common']);
  const nav = useNavigation();
  const lng = i18next.language;
  const channels = line.channels.filter((c) => answersIn(c.languages, reader));
  return (
    <li class="line-card" data-window={line.id}>
      <h3 data-window-name={line.id} lang={line.names[lng] ? undefined : 'ja'}>
        {line.names[lng] ?? line.name}
      </h3>
      <OfficialName id={line.id} name={line.name} reading={readingFor(lng, line.romaji, line.kana)} />
      {(channels.length > 0 ? channels : line.channels).map((c, i) => (
        <Channel key={i} channel={c} reader={reader} />
      ))}
      <div class="lang-actions">
        <PhrasesButton id={line.id} />
        <button type="button" class="home-link" onClick={() => nav.go({ name: 'window', id: line.id })}>
          {t('langs:details')}
        </button>
      </div>
    </li>
  );
}

export function InYourLanguage() {
  const t = useT(['langs', 'common']);
  const reader = localeInfo(i18next.language).content;
  if (reader === 'ja') return null;
  const mine = lines.filter((l) => l.channels.some((c) => answersIn(c.languages, reader)));
  const nearest = lines.find((l) => l.id === NEAREST_MULTILINGUAL);
  const lang = t('langs:note.readerLang');
  return (
    <section aria-labelledby="lang-title" class="in-your-language" data-testid="in-your-language">
      <h2 id="lang-title">{t('langs:title')}</h2>
      {mine.length > 0 ? (
        <p>{t('langs:intro', { lang })}</p>
      ) : (
        <>
          <p data-testid="no-language-line">{t('langs:none', { lang })}</p>
          <p>{t('langs:nearest')}</p>
        </>
      )}
      <ul class="line-list">
        {(mine.length > 0 ? mine : nearest ? [nearest] : []).map((line) => (
          <Line key={line.id} line={line} reader={reader} />
        ))}
      </ul>
    </section>
  );
}
