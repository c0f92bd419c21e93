// The start screen's "in your language" list, built at build time from the catalogue: every window
// with a confirmed way to reach it that answers in a language other than Japanese, with that
// channel's languages and hours. Pure (no preact, no files) so a unit test can check it.
import type { CrisisLine } from '../data/crisis-lines';
import type { Channel, DatedSchedule, Window } from '../data/schema';
import { channelLanguages, type ChannelLanguages } from './channel-languages';

export interface LanguageChannel {
  kind: Channel['kind'];
  number: string | null;
  url: string | null;
  languages: ChannelLanguages;
  hours: DatedSchedule;
  confidence: Channel['confidence'];
}

export interface LanguageLine {
  id: string;
  /** Official Japanese name, its romaji and its kana reading. */
  name: string;
  romaji: string;
  kana: string;
  /** The translated name per UI locale (absent where a locale has none). */
  names: Record<string, string>;
  channels: LanguageChannel[];
}

/** A first-paint crisis line with the languages its phone answers in. */
export type StartCrisisLine = CrisisLine & { languages: ChannelLanguages; romaji: string; kana: string };

/** The window the start screen offers when nothing answers in the reader's language. */
export const NEAREST_MULTILINGUAL = 'pref-foreign-centre';

function reachable(c: Channel): boolean {
  if (c.confidence === 'unknown') return false;
  if (c.kind === 'tel') return c.number !== null;
  if (c.kind === 'chat' || c.kind === 'sns' || c.kind === 'email' || c.kind === 'web') {
    return c.url !== null || c.address !== undefined;
  }
  return true;
}

/** Confirmed values and ways to reach from anywhere (phone, chat) before old or in-person ones. */
function trust(line: LanguageLine): number {
  const score = (c: LanguageChannel) =>
    (c.confidence === 'high' ? 2 : 0) + (c.kind === 'visit' || c.kind === 'apply' ? 0 : 1);
  return Math.max(...line.channels.map(score));
}

export function languageLines(
  windows: Window[],
  reading: (id: string) => string,
  hoursOf: (w: Window, c: Channel) => DatedSchedule,
  namesOf: (id: string) => Record<string, string>,
): LanguageLine[] {
  const lines: LanguageLine[] = [];
  for (const w of windows) {
    const channels: LanguageChannel[] = [];
    for (const c of w.channels) {
      const languages = channelLanguages(w, c);
      if (!reachable(c) || !languages.codes?.some((l) => l !== 'ja')) continue;
      channels.push({
        kind: c.kind,
        number: c.kind === 'tel' ? c.number : null,
        url: c.kind === 'chat' || c.kind === 'sns' || c.kind === 'email' || c.kind === 'web' ? c.url : null,
        languages,
        hours: hoursOf(w, c),
        confidence: c.confidence,
      });
    }
    if (channels.length === 0) continue;
    lines.push({
      id: w.id,
      name: w.name,
      romaji: w.romaji,
      kana: reading(w.id),
      names: namesOf(w.id),
      channels,
    });
  }
  return lines.sort((a, b) => trust(b) - trust(a));
}
