import { useMemo, useState } from 'preact/hooks';
import { windows, getWindow } from '../../data/catalogue';
import { windowStatus } from '../../engines/window-status';
import { CONTENT_LANGS, NEED_TAGS, type NeedTag } from '../../data/vocabulary';
import type { Window } from '../../data/schema';
import {
  findWindows,
  openAllDay,
  WHO_TAGS,
  type FinderContext,
  type FinderQuery,
} from '../../engines/finder';
import { useT } from '../../lib/use-t';
import type { ScreenProps } from '../../shell/navigation';
import { useClock } from '../shared/use-clock';
import { windowText } from '../shared/window-text';
import { WindowCard } from '../shared/window-card';
import { getQuery, setQuery } from './query-store';
import { ToggleChips } from './toggle-chips';
import '../shared/cards.css';
import { UnreviewedNote } from '../shared/unreviewed-note';

// The needs most people come with stay in view; the rest sit under "More filters" so the results
// are reachable with one thumb.
const PRIMARY_NEEDS: NeedTag[] = [
  'talk',
  'danger',
  'shelter',
  'legal',
  'money',
  'housing',
  'children',
  'address-protection',
];
const OTHER_NEEDS = NEED_TAGS.filter((n) => !PRIMARY_NEEDS.includes(n));

export function Finder({ screen }: ScreenProps) {
  const t = useT(['finder', 'terms', 'windows']);
  const { now, holidays } = useClock();
  const [query, setLocal] = useState<FinderQuery>(() => {
    const q = getQuery();
    return screen.name === 'finder' && screen.need
      ? { ...q, needs: [screen.need as FinderQuery['needs'][number]] }
      : q;
  });
  const update = (q: FinderQuery) => {
    setQuery(q);
    setLocal(q);
  };
  const ctx = useMemo<FinderContext>(
    () => ({
      at: now,
      status: (w: Window) => windowStatus(w, now, holidays),
      texts: (w: Window) => [
        w.name,
        w.romaji,
        w.about,
        w.eligibility.note,
        windowText(w, 'name'),
        windowText(w, 'about'),
        ...w.needs.map((n) => t('terms:need.' + n)),
      ],
    }),
    [now, holidays, t],
  );
  const rows = findWindows(windows, query, ctx);
  const anyOpen = rows.some((r) => r.status.state === 'open' && r.status.confident);
  const allDay = anyOpen ? [] : openAllDay(windows, ctx);
  const navi = getWindow('dv-navi-8008');

  return (
    <section class="finder">
      <h1>{t('title')}</h1>
      <p class="hint">{t('intro')}</p>
      <UnreviewedNote />
      <label class="field">
        <span>{t('search')}</span>
        <input
          type="search"
          value={query.text}
          autocomplete="off"
          onInput={(e) => update({ ...query, text: (e.target as HTMLInputElement).value })}
          aria-describedby="search-hint"
        />
        <span id="search-hint" class="hint">
          {t('searchHint')}
        </span>
      </label>
      <ToggleChips
        legend={t('needTitle')}
        options={PRIMARY_NEEDS.map((n) => ({ value: n, label: t('terms:need.' + n) }))}
        selected={query.needs}
        onChange={(needs) => update({ ...query, needs })}
      />
      <details
        class="more-filters disclosure"
        open={query.who.length > 0 || query.language !== null || query.openNow}
      >
        <summary>{t('moreFilters')}</summary>
        <ToggleChips
          legend={t('moreNeeds')}
          options={OTHER_NEEDS.map((n) => ({ value: n, label: t('terms:need.' + n) }))}
          selected={query.needs}
          onChange={(needs) => update({ ...query, needs })}
        />
        <ToggleChips
          legend={t('whoTitle')}
          options={WHO_TAGS.map((w) => ({ value: w, label: t('terms:who.' + w) }))}
          selected={query.who}
          onChange={(who) => update({ ...query, who })}
        />
        <label class="field">
          <span>{t('languageTitle')}</span>
          <select
            value={query.language ?? ''}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              update({ ...query, language: v ? (v as FinderQuery['language']) : null });
            }}
          >
            <option value="">{t('anyLanguage')}</option>
            {CONTENT_LANGS.map((l) => (
              <option key={l} value={l}>
                {t('terms:lang.' + l)}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={query.openNow}
            onChange={(e) => update({ ...query, openNow: (e.target as HTMLInputElement).checked })}
          />
          <span>{t('openNow')}</span>
        </label>
        <button
          type="button"
          class="secondary-button"
          onClick={() => update({ text: '', needs: [], who: [], language: null, openNow: false })}
        >
          {t('clear')}
        </button>
      </details>

      {rows.length > 0 && !anyOpen && allDay.length > 0 && (
        <section class="fallback" aria-labelledby="none-open">
          <h2 id="none-open">{t('noneOpenTitle')}</h2>
          <p>{t('noneOpenIntro')}</p>
          <ul class="card-list">
            {allDay.map((r) => (
              <WindowCard key={r.window.id} window={r.window} status={r.status} now={now} />
            ))}
          </ul>
        </section>
      )}

      <h2 aria-live="polite">{t('results', { count: rows.length })}</h2>
      {rows.length === 0 ? (
        <section class="fallback">
          <h3>{t('emptyTitle')}</h3>
          <p>{t('emptyIntro')}</p>
          <ul class="card-list">
            {openAllDay(windows, ctx).map((r) => (
              <WindowCard key={r.window.id} window={r.window} status={r.status} now={now} />
            ))}
            {navi && <WindowCard window={navi} status={ctx.status(navi)} now={now} />}
          </ul>
          <p>{t('dvNavi')}</p>
        </section>
      ) : (
        <ul class="card-list" data-testid="results">
          {rows.map((r) => (
            <WindowCard key={r.window.id} window={r.window} status={r.status} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
