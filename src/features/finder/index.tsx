// The finder: filters at once, the windows that match as soon as the catalogue is in (./results.tsx,
// a part of its own so the screen opens without waiting for it).
import { useState } from 'preact/hooks';
import i18next from 'i18next';
import { CONTENT_LANGS, NEED_TAGS, type NeedTag } from '../../data/vocabulary';
import { EMPTY_QUERY, WHO_TAGS, type FinderQuery } from '../../engines/finder';
import { useT } from '../../lib/use-t';
import { lazyPart } from '../../shell/lazy-part';
import type { ScreenProps } from '../../shell/navigation';
import { setQuery, startingQuery } from './query-store';
import { ToggleChips } from './toggle-chips';
import '../shared/cards.css';
import { UnreviewedNote } from '../shared/unreviewed-note';

// Window names come from the "windows" words: loaded with the code, so no raw key ever shows.
const LazyFinderResults = lazyPart(() =>
  Promise.all([import('./results'), i18next.loadNamespaces(['windows'])]).then(([m]) => m.FinderResults),
);

/** Starts loading the list with the screen's own code (the app preloads the finder before a tap). */
export const preloadFinderResults = (): Promise<unknown> => LazyFinderResults.preload();

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
        open={query.who.length > 0 || query.language !== null || query.openNow || query.withoutSpeaking}
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
        <label class="check">
          <input
            type="checkbox"
            checked={query.withoutSpeaking}
            onChange={(e) => update({ ...query, withoutSpeaking: (e.target as HTMLInputElement).checked })}
          />
          <span>{t('withoutSpeaking')}</span>
        </label>
        <button type="button" class="secondary-button" onClick={() => update(EMPTY_QUERY)}>
          {t('clear')}
        </button>
      </details>

      <LazyFinderResults query={query} />
    </section>
  );
}
