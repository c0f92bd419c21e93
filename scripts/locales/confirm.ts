// Records that a translation was re-read against its current source (after a source change):
//   npm run locales:confirm -- <lng|all> <ns:key> [<ns:key> …]   re-confirm these keys
//   npm run locales:confirm -- <lng|all> --all                    record every key (bootstrap)
//   npm run locales:confirm -- <lng|all>                          list keys whose source changed
// Re-confirming does not make a translation reviewed: see TRANSLATIONS.md.
import { LOCALES } from '../../src/lib/languages';
import { SOURCE_LOCALE, confirm, findDrift, readSources } from './drift';

const [target, ...rest] = process.argv.slice(2);
const translated = LOCALES.map((l) => l.code).filter((c) => c !== SOURCE_LOCALE);
if (!target || (target !== 'all' && !translated.includes(target))) {
  console.error(`usage: locales:confirm -- <${translated.join('|')}|all> [--all | <ns:key> …]`);
  process.exit(2);
}
const codes = target === 'all' ? translated : [target];
const sources = readSources();
let stale = 0;
for (const code of codes) {
  if (rest.length === 0) {
    const drift = findDrift('locales', code, sources);
    for (const k of drift.stale) console.log(`${code}\t${k}`);
    stale += drift.stale.length;
    continue;
  }
  const keys = rest.includes('--all') ? undefined : rest;
  const done = confirm('locales', code, sources, keys);
  console.error(`${code}: recorded ${done.length} key(s)`);
}
if (rest.length === 0) {
  console.error(`${stale} key(s) whose source changed since they were translated or confirmed`);
  process.exit(stale ? 1 : 0);
}
