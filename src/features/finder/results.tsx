// The windows that match the finder's query, with the fallbacks when none is open or none matches.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { windows, getWindow } from '../../data/catalogue';
import { windowStatus } from '../../engines/window-status';
import type { Window } from '../../data/schema';
import { findWindows, openAllDay, type FinderContext, type FinderQuery } from '../../engines/finder';
import type { OpenState } from '../../engines/open-now';
import { useT } from '../../lib/use-t';
import { useClock } from '../shared/use-clock';
import { windowText } from '../shared/window-text';
import { WindowCard } from '../shared/window-card';

// Under the filters a tall phone shows one or two cards: four fill any screen, and the rest follows
// a frame later, so the first cards show at once.
const FIRST_CARDS = 4;

/** How many cards to draw: the first screenful, then (after one frame) all of them. */
function useCardLimit(): number {
  const [limit, setLimit] = useState(FIRST_CARDS);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setLimit(Infinity), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return limit;
}

export function FinderResults({ query }: { query: FinderQuery }) {
  const limit = useCardLimit();
  const t = useT(['finder', 'terms', 'windows']);
  const { now, holidays } = useClock();
  const ctx = useMemo<FinderContext>(() => {
    // Each window's status once per clock tick: the list, the "open all day" fallback and the
    // empty-result fallback all ask (at night on a slow phone, every pass cost ~10 ms).
    const statuses = new Map<Window, OpenState>();
    const status = (w: Window) => {
      let s = statuses.get(w);
      if (!s) statuses.set(w, (s = windowStatus(w, now, holidays)));
      return s;
    };
    return {
      at: now,
      status,
      texts: (w: Window) => [
        w.name,
        w.romaji,
        w.about,
        w.eligibility.note,
        windowText(w, 'name'),
        windowText(w, 'about'),
        ...w.needs.map((n) => t('terms:need.' + n)),
      ],
    };
  }, [now, holidays, t]);
  const rows = findWindows(windows, query, ctx);
  const anyOpen = rows.some((r) => r.status.state === 'open' && r.status.confident);
  const allDay = anyOpen ? [] : openAllDay(windows, ctx);
  const navi = getWindow('dv-navi-8008');

  return (
    <>
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
          {rows.slice(0, limit).map((r) => (
            <WindowCard key={r.window.id} window={r.window} status={r.status} now={now} />
          ))}
        </ul>
      )}
    </>
  );
}
