// やさしい日本語 rules that a script can check: official names and phone-menu words carry a kana
// reading in brackets at their first use in each string, and sentences stay short.
import readingsJson from './easy-readings.json';

export const READINGS: Readonly<Record<string, string>> = readingsJson;
export const MAX_EASY_SENTENCE = 50;

/** Positions of `term` in `text` that are not part of a longer listed term (e.g. 設定 in サイトの設定). */
function ownOccurrences(text: string, term: string, readings: Record<string, string>): number[] {
  const longer = Object.keys(readings).filter((t) => t !== term && t.includes(term));
  const covered: [number, number][] = [];
  for (const t of longer)
    for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) covered.push([i, i + t.length]);
  const out: number[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1))
    if (!covered.some(([a, b]) => i >= a && i + term.length <= b)) out.push(i);
  return out;
}

/** Where a reading would go after a term: after a closing quote that ends the term (「履歴」（りれき）). */
function readingSpot(text: string, end: number): number {
  return text[end] === '」' ? end + 1 : end;
}

/** Listed terms whose first own use in `text` has no bracketed reading right after it. */
export function missingReadings(text: string, readings: Record<string, string> = READINGS): string[] {
  return Object.keys(readings).filter((term) => {
    const first = ownOccurrences(text, term, readings)[0];
    if (first === undefined) return false;
    return !text.startsWith('（', readingSpot(text, first + term.length));
  });
}

/** Adds the missing readings (used once to fix the locale files; kept for new strings). */
export function addReadings(text: string, readings: Record<string, string> = READINGS): string {
  let out = text;
  for (const term of missingReadings(out, readings).sort((a, b) => b.length - a.length)) {
    const first = ownOccurrences(out, term, readings)[0];
    const spot = readingSpot(out, first + term.length);
    out = `${out.slice(0, spot)}（${readings[term]}）${out.slice(spot)}`;
  }
  return out;
}

/** Sentences as a reader meets them: split after 。！？ and at line breaks. */
export function japaneseSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？])|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Length as read: spaces between words, markup (<1>…</1>) and kana readings in brackets do not
 * count (a reading is a gloss of the word before it, not more to read).
 */
export function easyLength(sentence: string): number {
  const bare = sentence
    .replace(/<\/?\d+>/g, '')
    .replace(/（[\u3041-\u309f\u30a0-\u30ff\s]+）/g, '')
    .replace(/\s/g, '');
  return [...bare].length;
}

export function longSentences(text: string, max = MAX_EASY_SENTENCE): string[] {
  return japaneseSentences(text).filter((s) => easyLength(s) > max);
}
