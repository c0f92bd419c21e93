// The kinds of violence the self-check explains, and the examples for each, read from
// locales/<lng>/selfcheck.json (one list per relationship: couples, and dating for young people).
import type { TFunction } from 'i18next';

export const KINDS = ['physical', 'psychological', 'economic', 'sexual', 'isolation', 'digital'] as const;
export type Kind = (typeof KINDS)[number];
export type Variant = 'couple' | 'dating';

/** A list of strings from the locale, or none if it is missing (never a raw key on screen). */
export function textList(t: TFunction, key: string): string[] {
  const value: unknown = t(key, { returnObjects: true });
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function examples(t: TFunction, variant: Variant, kind: Kind): string[] {
  return textList(t, `signs.${variant}.${kind}`);
}

/** An example's id, stable across languages: "digital-2". */
export const signId = (kind: Kind, index: number): string => `${kind}-${index}`;

/** The kinds a set of ticked examples belongs to, in the order they are explained. */
export function kindsTicked(ticked: readonly string[]): Kind[] {
  return KINDS.filter((k) => ticked.some((id) => id.startsWith(`${k}-`)));
}
