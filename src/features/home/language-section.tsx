// WARNING: part of the main bundle. Holds the place of the "in your language" section (a lazy
// chunk, off the first-paint budget) for every locale but Japanese. While the chunk loads, the
// prerendered section is kept as it is: in hydration, Preact leaves dangerouslySetInnerHTML alone.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import i18next from 'i18next';
import { localeInfo } from '../../lib/languages';

let loaded: ComponentType | null = null;
let pending: Promise<ComponentType> | null = null;

/** Loads the section's code and words (the prerender awaits this before rendering). */
export function loadLanguageSection(): Promise<ComponentType> {
  pending ??= Promise.all([import('./in-your-language'), i18next.loadNamespaces(['langs'])]).then(
    ([m]) => (loaded = m.InYourLanguage),
  );
  return pending;
}

/** The section and its live status: what a first visit waits for before showing its words. */
export function loadLanguageSectionLive(): Promise<unknown> {
  return import('./in-your-language').then((m) => Promise.all([loadLanguageSection(), m.loadLiveStatus()]));
}

const KEEP_PRERENDERED = { __html: '' };

export function LanguageSection() {
  const [Section, setSection] = useState<ComponentType | null>(() => loaded);
  const japanese = localeInfo(i18next.language).content === 'ja';
  useEffect(() => {
    if (japanese || Section) return;
    let live = true;
    void loadLanguageSection().then((c) => live && setSection(() => c));
    return () => {
      live = false;
    };
  }, [japanese]);
  if (japanese) return null;
  // Already loaded (a language swap prepared it): render it in the same frame as the new words.
  const Loaded = Section ?? loaded;
  if (Loaded) return <Loaded />;
  return (
    <section
      class="in-your-language"
      data-testid="in-your-language"
      dangerouslySetInnerHTML={KEEP_PRERENDERED}
    />
  );
}
