// A pseudo-locale for testing only (`vite build --mode pseudo`, into dist-pseudo/): English with
// every letter accented and each string lengthened and bracketed, e.g. "Window" → "[Ŵîñðöŵ ~~~]".
// A word still in plain ASCII on screen was not translated (hard-coded); longer text shows clipping.
export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_MODE = 'pseudo';

const ACCENTED: Record<string, string> = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

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
