// The finder: filters and the windows that match (./results.tsx), drawn in one go. A screen drawn
// first without its list and then again with it cost a slow phone more than waiting for both.
import { useState } from 'preact/hooks';
import { CONTENT_LANGS, NEED_TAGS, type NeedTag } from '../../data/vocabulary';
import { EMPTY_QUERY, WHO_TAGS, type FinderQuery } from '../../engines/finder';
import { useT } from '../../lib/use-t';
import { loadHolidays } from '../../lib/holidays';
import type { ScreenProps } from '../../shell/navigation';
import { setQuery, startingQuery } from './query-store';
import { FinderResults } from './results';
import { ToggleChips } from './toggle-chips';
import '../shared/cards.css';
import { UnreviewedNote } from '../shared/unreviewed-note';

/**
 * The screen once the year's holidays are in (open or closed depends on them), so its list is drawn
 * once, not again when they come. Code, catalogue and words come with the screen (src/app/screens.tsx).
 */
export const loadFinder = () =>
  loadHolidays().then(
    () => Finder,
    () => Finder,
  );

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
  const t = useT(['finder', 'terms']);
  const fromAnswers = screen.name === 'finder' ? screen.query : undefined;
  const [query, setLocal] = useState<FinderQuery>(() => {
    const q = startingQuery(fromAnswers);
    if (fromAnswers) return q;
    return screen.name === 'finder' && screen.need
      ? { ...q, needs: [screen.need as FinderQuery['needs'][number]] }
      : q;
  });
  const filtered = query.who.length > 0 || query.language !== null || query.openNow || query.withoutSpeaking;
  // The closed "More filters" holds no controls: fewer to draw when the screen opens.
  const [moreOpen, setMoreOpen] = useState(filtered);
  const update = (q: FinderQuery) => {
    setQuery(q);
    setLocal(q);
  };
  return (
    <section class="finder">
      <h1>{t('title')}</h1>
      <p class="hint">{t('intro')}</p>
      <UnreviewedNote />
      {fromAnswers && <p class="hint">{t('fromAnswers')}</p>}
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
        open={moreOpen}
        onToggle={(e) => setMoreOpen(e.currentTarget.open)}
      >
        <summary>{t('moreFilters')}</summary>
        {moreOpen && (
          <>
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
            <label class="check">
              <input
                type="checkbox"
                checked={query.withoutSpeaking}
                onChange={(e) =>
                  update({ ...query, withoutSpeaking: (e.target as HTMLInputElement).checked })
                }
              />
              <span>{t('withoutSpeaking')}</span>
            </label>
            <button type="button" class="secondary-button" onClick={() => update(EMPTY_QUERY)}>
              {t('clear')}
            </button>
          </>
        )}
      </details>

      <FinderResults query={query} />
    </section>
  );
}
