// WARNING: part of the main bundle. Holds the place of the "in your language" section (a lazy
// chunk, off the first-paint budget) for every locale but Japanese. While the chunk loads, the
// prerendered section is kept as it is: in hydration, Preact leaves dangerouslySetInnerHTML alone.
import i18next from 'i18next';
import { localeInfo } from '../../lib/languages';
import { lazyLoad, useLazy } from '../../shell/lazy-part';

// With its live status code and language notes (./in-your-language.tsx loadLiveSection): the
// section replaces the prerendered one in a single frame.
const section = lazyLoad(() =>
  Promise.all([import('./in-your-language'), i18next.loadNamespaces(['langs'])]).then(([m]) =>
    m.loadLiveSection(),
  ),
);

/**
 * Loads the section's code, words and live status: the prerender awaits it before rendering, a
 * first visit in another language before showing its words.
 */
export const loadLanguageSection = section.preload;

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
