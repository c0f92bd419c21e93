// WARNING: part of the main bundle. The words about a channel's languages (./language-note.ts)
// and their translations (the langs namespace) load after the first paint; until then the note
// says nothing rather than show a key.
import { useEffect, useState } from 'preact/hooks';
import i18next from 'i18next';
import type { Rule } from '../../data/schema';
import { languagesAttr, type ChannelLanguages } from '../../engines/languages-attr';
import { localeInfo } from '../../lib/languages';
import { useT } from '../../lib/use-t';
import type { ChannelKind, languageNote } from './language-note';

let wording: typeof languageNote | null = null;
let pending: Promise<unknown> | null = null;

/** Loads the wording and its words; a first visit awaits this so the notes never push the page. */
export function loadLanguageNotes(): Promise<unknown> {
  pending ??= import('./language-note').then((m) => (wording = m.languageNote));
  return Promise.all([pending, i18next.loadNamespaces(['langs'])]);
}

/** "Phone: Japanese only" and the like, in the reader's language; nothing for 110. */
export function LanguageNote({
  kind,
  languages,
  when,
}: {
  kind: ChannelKind;
  languages: ChannelLanguages;
  when?: (rules: Rule[]) => string;
}) {
  const t = useT(['langs']);
  const [, setReady] = useState(wording !== null);
  useEffect(() => {
    if (wording) return;
    void loadLanguageNotes().then(() => setReady(true));
  }, []);
  if (!wording || !i18next.hasLoadedNamespace('langs')) return null;
  const note = wording(t, kind, languages, localeInfo(i18next.language).content, when);
  if (!note) return null;
  return (
    <p class="lang-note" data-languages={languagesAttr(languages)}>
      {note}
    </p>
  );
}
