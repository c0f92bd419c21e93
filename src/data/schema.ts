// The shape of the catalogue. JSON files in src/data are validated against these schemas in a
// unit test and in the build (see ./validate.ts), so a malformed entry stops the build with the
// file, entry id and field named. Types for the app come from here too.
import * as v from 'valibot';

import { CONTENT_LANGS, DAYS, NEED_TAGS } from './vocabulary.ts';

export { CONTENT_LANGS, DAYS, NEED_TAGS };
export type { ContentLang, Day, NeedTag } from './vocabulary.ts';

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);
const hhmm = v.pipe(v.string(), v.regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be HH:MM (00:00–24:00)'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case a-z0-9'));

export const Confidence = v.picklist(['high', 'medium', 'unknown']);
export type Confidence = v.InferOutput<typeof Confidence>;

/** Where a fact comes from: ids in sources.json. */
const SourceIds = v.pipe(v.array(id), v.minLength(1, 'needs at least one source'));

/**
 * What a quote backs: a number as printed (number:…, or fallback:… for a line to use when a #-number
 * does not connect), or a kind of fact.
 */
export const Fact = v.pipe(
  v.string(),
  v.regex(
    /^((number|fallback):#?\d[\d-]*|24h|hours|year-end|languages|callers|gender|age|name|existence|route)$/,
    'must be number:<as printed>, fallback:<as printed>, or one of 24h, hours, year-end, languages, callers, gender, age, name, existence, route',
  ),
);
export type Fact = v.InferOutput<typeof Fact>;

/** A passage copied from the source, or null with the reason no passage was captured. */
export const Quote = v.union([
  v.strictObject({
    quote: v.pipe(v.string(), v.minLength(2)),
    backs: v.pipe(v.array(Fact), v.minLength(1)),
  }),
  v.strictObject({
    quote: v.null(),
    backs: v.pipe(v.array(Fact), v.minLength(1)),
    reason: v.pipe(v.string(), v.regex(/^not captured/, 'must start with "not captured"')),
  }),
]);
export type Quote = v.InferOutput<typeof Quote>;

export const Source = v.strictObject({
  id,
  /** What the source is, as a person would cite it. */
  title: v.pipe(v.string(), v.minLength(1)),
  /** Who publishes it (a ministry, a city, a newspaper, an NPO). */
  publisher: v.pipe(v.string(), v.minLength(1)),
  /** For a mirror or cache copy: the page it copies (url null when the copy does not name it). */
  canonical: v.optional(
    v.strictObject({
      title: v.pipe(v.string(), v.minLength(1)),
      url: v.nullable(v.pipe(v.string(), v.url())),
    }),
  ),
  /** The passages that back the values citing this source. */
  quotes: v.pipe(v.array(Quote), v.minLength(1, 'needs at least one quote (or quote: null with a reason)')),
  /** Seed programme number when the source is the FY2020 plan report. */
  seedProgramme: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(57))),
  url: v.optional(v.pipe(v.string(), v.url())),
  /** The date the source itself states (null when it states none). */
  stated: v.nullable(isoDate),
  /** When the project read it. */
  retrieved: isoDate,
  kind: v.picklist(['seed', 'official', 'secondary']),
});
export type Source = v.InferOutput<typeof Source>;

export const Rule = v.strictObject({
  days: v.pipe(v.array(v.picklist(DAYS)), v.minLength(1)),
  open: hhmm,
  /** A close at or before open runs past midnight into the next day. */
  close: hhmm,
  /** Weeks of the month (1–5, -1 = last) when the rule only applies on some weeks. */
  weeks: v.optional(v.array(v.picklist([1, 2, 3, 4, 5, -1]))),
  languages: v.optional(v.array(v.picklist(CONTENT_LANGS))),
});
export type Rule = v.InferOutput<typeof Rule>;

const Closure = v.picklist(['closed', 'open', 'unspecified']);

const ymd = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'));
/** Dates a schedule depends on: a campaign line runs only between its dates; a window can close for a period. */
const dated = {
  /** The line runs only from `from` to `until` (both days included), e.g. a campaign week. */
  between: v.optional(v.strictObject({ from: ymd, until: ymd })),
  /** Periods (both days included) when it is closed whatever the weekly rules say. */
  closures: v.optional(v.array(v.strictObject({ from: ymd, until: ymd, sources: SourceIds }))),
};

export const Schedule = v.variant('kind', [
  v.strictObject({
    kind: v.literal('always'),
    sources: SourceIds,
    confidence: Confidence,
    ...dated,
  }),
  v.strictObject({
    kind: v.literal('weekly'),
    rules: v.pipe(v.array(Rule), v.minLength(1)),
    /** On a public holiday: closed, open as that weekday, 'hol' rules apply, or the source does not say. */
    holidays: v.picklist(['closed', 'open', 'own-rules', 'unspecified']),
    /** 12/29–1/3. 'unspecified' also covers sources that say only 年末年始 without dates. */
    yearEnd: Closure,
    /** When the year-end rule comes from a weaker source than the rest of the hours. */
    yearEndConfidence: v.optional(Confidence),
    /** The date the hours are stated for (e.g. 2020 for the FY2020 report); null when no source dates them. */
    asOf: v.nullable(isoDate),
    sources: SourceIds,
    confidence: Confidence,
    ...dated,
  }),
  v.strictObject({
    kind: v.literal('unknown'),
    /** Key in locales/<lng>/windows.json under hoursNotes, e.g. receiving-centre-hours. */
    note: v.optional(id),
  }),
]);
export type Schedule = v.InferOutput<typeof Schedule>;
/** A schedule with the date its hours are stated for (weekly: asOf; 24 h: newest source date). */
export type DatedSchedule = Schedule & { statedAsOf: string | null };

const contactBase = {
  sources: v.array(id),
  confidence: Confidence,
  hours: v.optional(Schedule),
  languages: v.optional(v.array(v.picklist(CONTENT_LANGS))),
  /** Short notes: keys under channelNotes in locales/<lng>/windows.json. */
  notes: v.optional(v.array(id)),
};

export const Channel = v.variant('kind', [
  v.strictObject({
    kind: v.literal('tel'),
    /** Exactly as printed in the source, or null when no verified number exists. */
    number: v.nullable(
      v.pipe(v.string(), v.regex(/^(#?\d[\d-]*\d|\d{3})$/, 'digits, hyphens, optional leading #')),
    ),
    /** Which caller the number is for, when a window has several (e.g. ip-phones, parents). */
    audience: v.optional(id),
    freeCall: v.optional(v.boolean()),
    /** Another window to name when this number does not connect (e.g. a #-number from an IP phone). */
    ifNoConnect: v.optional(id),
    ipPhones: v.optional(v.picklist(['ok', 'some-fail', 'fail', 'unknown'])),
    ...contactBase,
  }),
  v.strictObject({
    kind: v.picklist(['chat', 'sns', 'email', 'web']),
    url: v.nullable(v.pipe(v.string(), v.url())),
    address: v.optional(v.pipe(v.string(), v.email())),
    ...contactBase,
  }),
  v.strictObject({
    kind: v.picklist(['visit', 'apply']),
    /** Place ids (places.json); empty when the place is not published or not known. */
    places: v.array(id),
    ...contactBase,
  }),
]);
export type Channel = v.InferOutput<typeof Channel>;

export const Eligibility = v.strictObject({
  gender: v.picklist(['any', 'women', 'men', 'unknown']),
  ageMin: v.optional(v.number()),
  ageMax: v.optional(v.number()),
  residency: v.picklist(['anyone', 'saitama-pref-live-or-work', 'saitama-pref', 'saitama-city', 'unknown']),
  children: v.picklist(['required', 'not-required', 'unknown']),
  /** Who calls: the person themself, anyone worried about someone, or a child. */
  callers: v.optional(v.array(v.picklist(['self', 'others', 'children', 'parents']))),
  conditions: v.array(
    v.picklist([
      'single-parent',
      'city-school-enrolled',
      'crime-victim',
      'dv-victim',
      'sexual-violence-victim',
      'needs-housing',
      'low-income',
      'mental-health',
      'foreign-resident',
      'worker-in-pref',
      'applies-via-centre',
    ]),
  ),
  /** The plain note as the source words it (Japanese); translations live in windows.json. */
  note: v.pipe(v.string(), v.minLength(1)),
});
export type Eligibility = v.InferOutput<typeof Eligibility>;

export const Check = v.strictObject({
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
  /** Initials of the person who checked (letters only: no names in the data). */
  by: v.pipe(v.string(), v.regex(/^[A-Za-z]{1,5}$/, 'must be 1–5 letters (initials)')),
  note: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(300))),
});
export type Check = v.InferOutput<typeof Check>;

export const Window = v.strictObject({
  id,
  /** Official Japanese name, as the source prints it (said on the phone). */
  name: v.pipe(v.string(), v.minLength(1)),
  /** Romaji of the official name, for search. */
  romaji: v.pipe(v.string(), v.minLength(1)),
  /** Current name where a source gives one after the April 2024 renaming. */
  currentName: v.optional(v.strictObject({ name: v.string(), sources: SourceIds })),
  level: v.picklist(['national', 'prefecture', 'city']),
  kind: v.picklist(['emergency', 'hotline', 'consultation', 'scheme', 'course']),
  /** Plain summary of what it is, in Japanese (translated in windows.json). */
  about: v.pipe(v.string(), v.minLength(1)),
  needs: v.pipe(v.array(v.picklist(NEED_TAGS)), v.minLength(1)),
  /** Groups the window is especially for (sorting and the "who you are" filter; never excludes). */
  especiallyFor: v.optional(
    v.array(v.picklist(['youth', 'older', 'disability', 'foreign', 'men', 'women', 'parents', 'children'])),
  ),
  eligibility: Eligibility,
  channels: v.array(Channel),
  /** Default hours for channels that give none. */
  hours: Schedule,
  cost: v.picklist(['free', 'free-call-charges', 'free-call', 'fee', 'unknown']),
  anonymous: v.picklist(['yes', 'no', 'unknown']),
  /** Windows to use when this one has no verified contact (ids). */
  route: v.optional(v.array(id)),
  programmes: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(57))),
  /** Ids of sources for the window as a whole (its existence and purpose). */
  sources: SourceIds,
  retrieved: isoDate,
  /** Empty until a person has checked it against the live source. */
  lastVerified: v.union([v.literal(''), isoDate]),
  /** Each check by a person (npm run data:verified), newest last; lastVerified is the newest date. */
  checks: v.optional(v.array(Check)),
  /** Window-level notes: keys under windowNotes in windows.json. */
  notes: v.optional(v.array(id)),
});
export type Window = v.InferOutput<typeof Window>;

export const Place = v.strictObject({
  id,
  name: v.pipe(v.string(), v.minLength(1)),
  romaji: v.string(),
  /** As printed in the source; null when not published. */
  address: v.nullable(v.string()),
  /** Ward code (N03_007), when known. */
  ward: v.nullable(v.pipe(v.string(), v.regex(/^111(0[1-9]|10)$/))),
  kind: v.picklist(['ward-office', 'public-centre']),
  /** Only where a source prints it; never geocoded or guessed. */
  coords: v.nullable(v.strictObject({ lat: v.number(), lon: v.number(), printed: v.string() })),
  coordsNote: v.optional(id),
  sources: SourceIds,
});
export type Place = v.InferOutput<typeof Place>;

export const Department = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  /** The rename note as the seed prints it, e.g. 令和元年度より人権政策推進課と統合. */
  renamed: v.optional(v.string()),
});

export const Programme = v.strictObject({
  no: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(57)),
  title: v.pipe(v.string(), v.minLength(1)),
  /** Only where the seed prints a heading for it; never inferred. */
  group: v.optional(
    v.strictObject({
      basicGoal: v.optional(v.string()),
      direction: v.optional(v.string()),
    }),
  ),
  purpose: v.pipe(v.string(), v.minLength(1)),
  fy2020: v.pipe(v.string(), v.minLength(1)),
  departments: v.pipe(v.array(Department), v.minLength(1)),
  audiences: v.array(
    v.picklist([
      'public',
      'victims',
      'women',
      'men',
      'youth',
      'children',
      'parents',
      'single-parents',
      'foreign-residents',
      'older-people',
      'disabled-people',
      'students',
      'staff',
      'partners',
    ]),
  ),
});
export type Programme = v.InferOutput<typeof Programme>;
