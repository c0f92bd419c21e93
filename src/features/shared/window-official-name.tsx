// A window's official name with its reading, shown wherever the reader sees a translated name.
import i18next from 'i18next';
import { kanaReading } from '../../data/catalogue';
import type { Window } from '../../data/schema';
import { OfficialName, readingFor } from './official-name';
import { showsTranslation } from './window-text';

export function WindowOfficialName({ window: w, label }: { window: Window; label?: boolean }) {
  // やさしい日本語 readers see the kanji name itself, so they get its kana reading too.
  if (!showsTranslation(w) && i18next.language !== 'ja-x-easy') return null;
  return (
    <OfficialName
      id={w.id}
      name={w.name}
      reading={readingFor(i18next.language, w.romaji, kanaReading(w.id))}
      label={label}
    />
  );
}
