// The catalogue's fixed vocabularies, free of the schema library so the app can use them at run
// time without shipping valibot (validation happens at build time).

export const NEED_TAGS = [
  'talk',
  'danger',
  'shelter',
  'legal',
  'money',
  'housing',
  'work',
  'health',
  'mental',
  'children',
  'child-abuse',
  'school',
  'address-protection',
  'immigration',
  'daily-life',
  'sexual-violence',
  'dating-violence',
  'crime-victim',
  'complaint',
  /** A general line for violence from a spouse, ex or partner. */
  'partner-violence',
  /** A broad human-rights line: takes DV among many other topics. */
  'human-rights',
] as const;
export type NeedTag = (typeof NEED_TAGS)[number];

/** Languages a window can be used in (content languages, not UI locales). */
export const CONTENT_LANGS = [
  'ja',
  'ja-easy',
  'en',
  'zh',
  'ko',
  'tl',
  'pt',
  'es',
  'vi',
  'ne',
  'th',
  'id',
] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'hol'] as const;
export type Day = (typeof DAYS)[number];
