// WARNING: part of the main bundle (every call link carries the attribute). Kept apart from
// ./channel-languages.ts so the first paint does not carry the rest.
import type { ContentLang, Rule } from '../data/schema';

export interface ChannelLanguages {
  /** The catalogue's language codes for this channel; null when it states none. */
  codes: ContentLang[] | null;
  /** A source says this channel answers in Japanese only. */
  japaneseOnly: boolean;
  /** Say nothing about languages (emergency lines are for anyone in danger). */
  silent: boolean;
  /** Rules of the channel's hours that name their own languages (e.g. a desk's language days). */
  byRule: Rule[];
}

/** The value of data-phone-languages: comma-separated codes, or "unknown". */
export function languagesAttr(info: Pick<ChannelLanguages, 'codes' | 'silent'>): string {
  return info.codes && !info.silent ? info.codes.join(',') : 'unknown';
}
