// Drift detection: each translated string records a short hash of the Japanese and English source
// it was translated from (locales/<lng>/translated-from/<ns>.json, not shipped). When a source
// changes, the hash no longer matches until the translation is updated and re-confirmed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalKey } from '../../plugins/locale-status';
import { japaneseSource, localeTexts, type Texts } from './source-texts';

export const RECORD_DIR = 'translated-from';
/** Japanese is the source. English is translated from Japanese; every other locale from both. */
export const SOURCE_LOCALE = 'ja';

export interface Sources {
  ja: Texts;
  en: Texts;
}

export function readSources(root = '.'): Sources {
  return { ja: japaneseSource(root), en: localeTexts(join(root, 'locales'), 'en') };
}

const groups = new WeakMap<Texts, Map<string, [string, string][]>>();

/** Source values for one key: every plural form of it, so adding or changing a form counts. */
function group(texts: Texts, key: string): [string, string][] {
  let index = groups.get(texts);
  if (!index) {
    index = new Map();
    for (const [k, v] of [...texts].sort(([a], [b]) => a.localeCompare(b))) {
      const canon = canonicalKey(k);
      index.set(canon, [...(index.get(canon) ?? []), [k, v]]);
    }
    groups.set(texts, index);
  }
  return index.get(canonicalKey(key)) ?? [];
}

export function sourceHash(code: string, key: string, sources: Sources): string {
  const basis = { ja: group(sources.ja, key), en: code === 'en' ? [] : group(sources.en, key) };
  return createHash('sha256').update(JSON.stringify(basis)).digest('hex').slice(0, 10);
}

const nsOf = (key: string) => key.slice(0, key.indexOf(':'));
const inNs = (key: string) => key.slice(key.indexOf(':') + 1);

export function readRecord(localesDir: string, code: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = join(localesDir, code, RECORD_DIR);
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
    for (const [k, h] of Object.entries(data)) out.set(`${ns}:${k}`, h);
  }
  return out;
}

export function writeRecord(localesDir: string, code: string, record: Map<string, string>): void {
  const dir = join(localesDir, code, RECORD_DIR);
  mkdirSync(dir, { recursive: true });
  const byNs = new Map<string, Record<string, string>>();
  for (const [k, h] of [...record].sort(([a], [b]) => a.localeCompare(b))) {
    const ns = nsOf(k);
    if (!byNs.has(ns)) byNs.set(ns, {});
    byNs.get(ns)![inNs(k)] = h;
  }
  for (const [ns, data] of byNs) writeFileSync(join(dir, `${ns}.json`), JSON.stringify(data, null, 2) + '\n');
}

export interface Drift {
  /** The source changed since the translation was recorded (or it was never recorded). */
  stale: string[];
  /** Recorded keys the locale no longer has. */
  orphaned: string[];
}

export function findDrift(localesDir: string, code: string, sources: Sources): Drift {
  const texts = localeTexts(localesDir, code);
  const record = readRecord(localesDir, code);
  const stale = [...texts.keys()].filter((k) => record.get(k) !== sourceHash(code, k, sources));
  const orphaned = [...record.keys()].filter((k) => !texts.has(k));
  return { stale, orphaned };
}

/** Records the current source of the given keys (all of the locale's keys when none are given). */
export function confirm(localesDir: string, code: string, sources: Sources, keys?: string[]): string[] {
  const texts = localeTexts(localesDir, code);
  const record = readRecord(localesDir, code);
  for (const k of record.keys()) if (!texts.has(k)) record.delete(k);
  const chosen = keys ?? [...texts.keys()];
  const unknown = chosen.filter((k) => !texts.has(k));
  if (unknown.length) throw new Error(`${code} has no key ${unknown.join(', ')}`);
  for (const k of chosen) record.set(k, sourceHash(code, k, sources));
  writeRecord(localesDir, code, record);
  return chosen;
}
