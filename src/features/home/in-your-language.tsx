// The windows that answer in the reader's language, from a build-time extract
// (virtual:language-lines). A small chunk of its own, loaded at once for every locale but Japanese
// (./language-section.tsx); the prerender waits for it, so the page carries the section.
import i18next from 'i18next';
import lines from 'virtual:language-lines';
import type { ContentLang, DatedSchedule } from '../../data/schema';
import { answersIn, rulesFor } from '../../engines/channel-languages';
import { NEAREST_MULTILINGUAL, type LanguageChannel, type LanguageLine } from '../../engines/language-lines';
import { localeInfo } from '../../lib/languages';
import { yearMonthText } from '../../lib/clock-format';
import { intlLocale } from '../../lib/clock-words';
import { useT } from '../../lib/use-t';
import { CallLink, LanguageNote } from '../../shell/call-link';
import { loadLanguageNotes } from '../../shell/call-link/language-note-view';
import { rulesWhen } from '../shared/rules-when';
import { ExternalLink } from '../../shell/call-link/external-link';
import { useNavigation } from '../../shell/navigation';
import { lazyLoad, useLazy } from '../../shell/lazy-part';
import { OfficialName, readingFor } from '../shared/official-name';
import { PhrasesButton } from '../shared/phrases-button';

/**
 * The live "open now" code and this year's holidays, loaded with the section
 * (./language-section.tsx), so statuses come in the same frame as the section. Never on the
 * prerendered page (a status at build time would be stale): there, and until the code is in, an
 * empty line holds the status's place, so nothing moves when it fills.
 */
const liveStatus = lazyLoad<{ hours: DatedSchedule }>(() =>
  import('./line-status').then(async (m) => {
    await m.loadHolidays();
    return m.LineStatus;
  }),
);

/**
 * The section with what its live copy shows beyond the prerendered one, so it takes over in one
 * frame: the status code, and the notes on which languages each way answers in. In the browser only:
 * the prerendered page shows neither (a note there would also be in the crisis lines, which hydrate
 * before their notes' code is in). A part that fails to load leaves the hours and numbers.
 */
export const loadLiveSection = () =>
  (typeof window === 'undefined'
    ? Promise.resolve()
    : Promise.all([liveStatus.preload(), loadLanguageNotes()])
  ).then(
    () => InYourLanguage,
    () => InYourLanguage,
  );

function LiveStatus({ hours }: { hours: DatedSchedule }) {
  const { Comp: Status } = useLazy(liveStatus);
  if (Status) return <Status hours={hours} />;
  return <p class="status status-pending" aria-hidden="true" />;
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
    yearMonthText(intlLocale(lng), Number(h.statedAsOf.slice(0, 4)), Number(h.statedAsOf.slice(5, 7) || 1));
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
    // "live" once drawn in the browser: until then the prerendered copy's buttons and links stay
    // hidden (they would do nothing yet), except with JavaScript off (public/noscript.css).
    <section
      aria-labelledby="lang-title"
      class={typeof window === 'undefined' ? 'in-your-language' : 'in-your-language live'}
      data-testid="in-your-language"
    >
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
