// Loaded after the first paint (./language-note-view.tsx): "Phone: Japanese only" and the like.
import i18next from 'i18next';
import type { Rule } from '../../data/schema';
import { languagesAttr, type ChannelLanguages } from '../../engines/languages-attr';
import { localeInfo } from '../../lib/languages';
import { useT } from '../../lib/use-t';
import { languageNote, type ChannelKind } from './language-note';

export interface LanguageNoteProps {
  kind: ChannelKind;
  languages: ChannelLanguages;
  when?: (rules: Rule[]) => string;
}

/** The note in the reader's language; nothing for 110, nothing until its words are in. */
export function LanguageNoteText({ kind, languages, when }: LanguageNoteProps) {
  const t = useT(['langs']);
  if (!i18next.hasLoadedNamespace('langs')) return null;
  const note = languageNote(t, kind, languages, localeInfo(i18next.language).content, when);
  if (!note) return null;
  return (
    <p class="lang-note" data-languages={languagesAttr(languages)}>
      {note}
    </p>
  );
}
