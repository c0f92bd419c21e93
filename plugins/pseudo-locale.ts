// A pseudo-locale for testing only (`vite build --mode pseudo`, into dist-pseudo/): English with
// every letter accented and each string lengthened and bracketed, e.g. "Window" → "[Ŵîñðöŵ ~~~]".
// A word still in plain ASCII on screen was not translated (hard-coded); longer text shows clipping.
export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_MODE = 'pseudo';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTS = [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];
const ACCENTED: Record<string, string> = Object.fromEntries([...PLAIN].map((c, i) => [c, ACCENTS[i]]));

/** Placeholders, component tags and URLs stay as they are: the app fills or links them. */
const KEEP = /({{[^}]+}}|<\/?\d+>|https?:\/\/\S+|[\w.-]+\.(?:jp|com|org|net)\S*)/;

export function pseudoString(text: string): string {
  if (!text) return text;
  const body = text
    .split(KEEP)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const pad = '~'.repeat(Math.max(2, Math.ceil(text.length * 0.3)));
  return `[${body} ${pad}]`;
}

export function pseudoTree(node: unknown): unknown {
  if (typeof node === 'string') return pseudoString(node);
  if (Array.isArray(node)) return node.map(pseudoTree);
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pseudoTree(v)]));
  return node;
}
