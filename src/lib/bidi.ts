// WARNING: part of the main bundle.

/**
 * Wraps a value set inside translated text (a time, a number) in Unicode isolation marks, so in a
 * right-to-left sentence "9:00 AM" stays in its own order and does not swap with the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
