// Lists the keys a locale still lacks, with the English text to translate:
//   node --import ./scripts/register-ts.mjs scripts/locale-missing.ts tl
import { readFileSync, existsSync } from 'node:fs';
import { missingKeys } from '../plugins/locale-status';

const code = process.argv[2];
if (!code) {
  console.error('usage: locale-missing.ts <locale code>');
  process.exit(2);
}
const cache = new Map<string, unknown>();
function english(nsKey: string): unknown {
  const [ns, key] = [nsKey.slice(0, nsKey.indexOf(':')), nsKey.slice(nsKey.indexOf(':') + 1)];
  const file = `locales/en/${ns}.json`;
  if (!cache.has(file) && existsSync(file)) cache.set(file, JSON.parse(readFileSync(file, 'utf8')));
  // Keys may contain dots inside names (plan departments), so walk greedily.
  let node: unknown = cache.get(file);
  let rest = key;
  while (rest && node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    const hit = Object.keys(obj)
      .sort((a, b) => b.length - a.length)
      .find((k) => rest === k || rest.startsWith(`${k}.`));
    if (!hit) return undefined;
    node = obj[hit];
    rest = rest.slice(hit.length + 1);
  }
  return node;
}
const missing = missingKeys('locales', code);
for (const k of missing) console.log(`${k}\t${JSON.stringify(english(k))}`);
console.error(`${missing.length} missing in ${code}`);
