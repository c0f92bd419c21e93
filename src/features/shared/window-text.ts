// A window's words in the reader's language; Japanese comes from the data itself (the source).
import { dataText } from '../../lib/data-text';
import type { Place, Window } from '../../data/schema';

type Field = 'name' | 'about' | 'eligibility';

function japanese(w: Window, field: Field): string {
  return field === 'eligibility' ? w.eligibility.note : w[field];
}

export function windowText(w: Window, field: Field): string {
  return dataText('windows', `w.${w.id}.${field}`, japanese(w, field));
}

export function placeName(p: Place): string {
  return dataText('windows', `places.${p.id}`, p.name);
}

/** True when the reader sees a translation, so the official Japanese name should stand beside it. */
export function showsTranslation(w: Window): boolean {
  return windowText(w, 'name') !== w.name;
}
