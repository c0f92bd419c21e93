// WARNING: part of the main bundle. The note on a channel's languages (./language-note-text.tsx)
// and its words (the langs namespace) load after the first paint; until then it shows nothing
// rather than a key.
import i18next from 'i18next';
import { lazyPart } from '../lazy-part';
import type { LanguageNoteProps } from './language-note-text';

export const LanguageNote = lazyPart<LanguageNoteProps>(() =>
  Promise.all([import('./language-note-text'), i18next.loadNamespaces(['langs'])]).then(
    ([m]) => m.LanguageNoteText,
  ),
);

/** Loads the note and its words; a first visit awaits this so the notes never push the page. */
export const loadLanguageNotes = (): Promise<unknown> => LanguageNote.preload();
