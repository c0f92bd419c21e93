// The questionnaire's answers and what the recommendation engine says back. Reasons are codes with
// parameters, never words: the UI words them in the reader's language.
import type { Channel, ContentLang, Day, Window } from '../data/schema';
import type { DatedSchedule } from '../data/schema';
import type { HolidayLookup } from './open-now';

/** 'skip' = "prefer not to say"; a missing answer (Skip button) means the same to the engine. */
export type Skip = 'skip';

/** Edges at 15/16, 17/18 and 18/19: where the sources' age limits fall (up to 15, under 18, 18 and under). */
export const AGE_BANDS = ['under-13', '13-15', '16-17', '18', '19-24', '25-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const NEED_ANSWERS = [
  'talk',
  'shelter',
  'legal',
  'money-housing-work',
  'health-mental',
  'school-childcare',
  'address-protection',
  'disability',
  // Not needs but ways in: windows that can be reached without speaking go first.
  'cant-talk-now',
  'cant-hear-speak',
] as const;
export type NeedAnswer = (typeof NEED_ANSWERS)[number];

export interface Answers {
  danger?: 'yes' | 'no' | 'unsure' | Skip;
  about?: 'me' | 'someone' | 'child' | Skip;
  age?: AgeBand | Skip;
  gender?: 'woman' | 'man' | 'another' | Skip;
  language?: ContentLang | Skip;
  children?: 'yes' | 'no' | Skip;
  needs?: NeedAnswer[] | Skip;
  relationship?: 'spouse' | 'ex' | 'dating' | 'family' | Skip;
}

export type Group = NonNullable<Window['especiallyFor']>[number];
export type ChannelKind = Channel['kind'];

export type Reason =
  | { code: 'danger' }
  | { code: `for-${Group}` }
  | { code: 'dating-violence' }
  /** A general line for violence from a partner (spouse, ex or boyfriend/girlfriend). */
  | { code: 'dv-line' }
  /** No need chosen: a line to talk to, the usual first step. */
  | { code: 'first-step' }
  /** Reachable without speaking: these channels, and those of them open now. */
  | { code: 'no-speaking'; via: ChannelKind[]; openNow: ChannelKind[] }
  /** The person cannot speak on the phone, and this window has no written channel we can confirm. */
  | { code: 'phone-only' }
  | { code: 'child-abuse' }
  | { code: 'need'; need: NeedAnswer }
  | { code: 'language'; lang: ContentLang; via: ChannelKind[] }
  | {
      code: 'language-day';
      lang: ContentLang;
      via: ChannelKind[];
      days: Day[];
      /** Weeks of the month when the slot only runs on some weeks (-1 = last). */
      weeks?: number[];
      open: string;
      close: string;
    }
  | { code: 'hours-24' }
  | { code: 'open-now' }
  | { code: 'usually-open' }
  | { code: 'accepts-others' }
  | { code: 'anonymous' }
  | { code: 'free-call' }
  /** Show the window's eligibility note as written: we cannot tell whether it fits. */
  | { code: 'eligibility-note' }
  /** No confirmed contact: reach it through this other window. */
  | { code: 'reach-via'; via: string };

export interface Ranked {
  window: Window;
  score: number;
  reasons: Reason[];
}

export interface Recommendation {
  /** 110 first, then 24-hour lines open now; empty unless danger was answered yes or unsure. */
  urgent: Ranked[];
  /**
   * Windows with a reason tied to an answer, best first: the first five cover the chosen needs.
   * Never repeats a window from `urgent`.
   */
  ranked: Ranked[];
  /** A phone line confidently open at `now` (may also appear above). */
  fallback: Ranked;
}

export interface RecommendContext {
  holidays: HolidayLookup;
  /** The hours that apply to a window's channel, or to the window (src/data/catalogue channelHours). */
  dated: (w: Window, c?: Channel) => DatedSchedule;
}
