// Trauma-informed copy checks, run over every locale by tests/repo/copy.test.ts: no blame, no
// promise of safety or secrecy, a calm tone on crisis screens, short やさしい日本語 sentences.
import { ACRONYMS, BLAME, DENIAL, PROMISE } from './copy-lists';
import { longSentences } from './easy-japanese';

/** Namespaces a person in crisis reads: everything but the city plan browser and the map credits. */
export const CRISIS_NAMESPACES = [
  'common',
  'calls',
  'cover',
  'detail',
  'finder',
  'questionnaire',
  'safety',
  'selfcheck',
  'settings',
  'terms',
  'windows',
];

/** やさしい日本語 strings allowed over the sentence limit, with the reason. */
export const EASY_LONG_EXCEPTIONS: Record<string, string> = {
  'map:creditWards': 'data licence attribution, quoted as the licence requires',
};

const markup = (text: string) => text.replace(/<\/?\d+>/g, '').replace(/{{\w+}}/g, ' ');

/**
 * Sentences: after . ! ? 。！？, the Devanagari and Bengali danda ।, the Urdu full stop and question
 * mark ۔ ؟ and the Myanmar full stop ။ (and line breaks); Thai, which has no full stop, at spaces.
 */
export function sentences(text: string, lang: string): string[] {
  const splitter = lang === 'th' ? /\s+/ : /(?<=[.!?。！？।۔؟။])\s*|\n/;
  return markup(text)
    .split(splitter)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function blame(lang: string, text: string): string[] {
  const plain = markup(text);
  return (BLAME[lang] ?? []).flatMap((re) => plain.match(re)?.[0] ?? []);
}

/** Sentences that promise safety, secrecy or no trace without denying or limiting it. */
export function promises(lang: string, text: string): string[] {
  const denial = DENIAL[lang];
  return sentences(text, lang).filter((s) =>
    (PROMISE[lang] ?? []).some((re) => {
      const hit = s.match(re);
      if (!hit) return false;
      const rest = s.replace(hit[0], ' ');
      return !denial?.test(rest);
    }),
  );
}

/** Exclamation marks and words in capitals that are not acronyms. */
export function shouting(text: string): string[] {
  const plain = markup(text);
  const marks = plain.match(/[!！¡‼]/g) ?? [];
  // A name with digits (FY2020, DV110) is judged by its letters.
  const caps = (plain.match(/\b[A-Z][A-Z0-9]+\b/g) ?? []).filter(
    (w) => /[A-Z]{2}/.test(w) && !ACRONYMS.has(w.replace(/\d+/g, '')),
  );
  return [...marks, ...caps];
}

export function easyTooLong(key: string, text: string): string[] {
  return key in EASY_LONG_EXCEPTIONS ? [] : longSentences(text);
}
