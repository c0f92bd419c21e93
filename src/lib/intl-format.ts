// Intl formatters (lists, distances, units), built once per locale and options: building one costs
// a slow phone about a millisecond each time (the first ~100 ms); formatting with one is cheap.
// Dates and times avoid Intl altogether (./clock-format.ts).

type Options = Intl.NumberFormatOptions | Intl.ListFormatOptions;
const made = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: Options, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** Throws as the constructor does (a locale Intl cannot take): the caller picks the fallback. */
export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('list', locale, options, () => new Intl.ListFormat(locale, options));
