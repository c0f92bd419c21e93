// WARNING: part of the main bundle. Holds the place of the "in your language" section (a lazy
// chunk, off the first-paint budget) for every locale but Japanese. While the chunk loads, the
// prerendered section is kept as it is: in hydration, Preact leaves dangerouslySetInnerHTML alone.
import i18next from 'i18next';
import { localeInfo } from '../../lib/languages';
import { lazyLoad, useLazy } from '../../shell/lazy-part';

const section = lazyLoad(() =>
  Promise.all([import('./in-your-language'), i18next.loadNamespaces(['langs'])]).then(
    ([m]) => m.InYourLanguage,
  ),
);

/** Loads the section's code and words (the prerender awaits this before rendering). */
export const loadLanguageSection = section.preload;

/** The section and its live status: what a first visit waits for before showing its words. */
export function loadLanguageSectionLive(): Promise<unknown> {
  return import('./in-your-language').then((m) => Promise.all([section.preload(), m.loadLiveStatus()]));
}

const KEEP_PRERENDERED = { __html: '' };

function Section() {
  // Already loaded (a language swap prepared it): rendered in the same frame as the new words.
  const { Comp } = useLazy(section);
  if (Comp) return <Comp />;
  return (
    <section
      class="in-your-language"
      data-testid="in-your-language"
      dangerouslySetInnerHTML={KEEP_PRERENDERED}
    />
  );
}

export function LanguageSection() {
  return localeInfo(i18next.language).content === 'ja' ? null : <Section />;
}
