// Every string of a locale, flattened to "ns:key.path", and the Japanese source texts, including
// the ones Japanese takes from the catalogue in src/data (window names, plan programmes…).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Texts = Map<string, string>;

export function localeTexts(localesDir: string, code: string): Texts {
  const out: Texts = new Map();
  const dir = join(localesDir, code);
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    const walk = (node: unknown, path: string) => {
      if (typeof node === 'string') out.set(`${ns}:${path}`, node);
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    };
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')), '');
  }
  return out;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

interface DataWindow {
  id: string;
  name: string;
  about: string;
  eligibility: { note: string };
}
interface DataProgramme {
  no: number;
  title: string;
  purpose: string;
  fy2020: string;
  departments: { name: string; renamed?: string }[];
}

/** The Japanese the catalogue itself is written in, under the keys other locales translate it at. */
export function japaneseFromData(dataDir: string): Texts {
  const out: Texts = new Map();
  const windowsDir = join(dataDir, 'windows');
  for (const file of readdirSync(windowsDir).filter((f) => f.endsWith('.json'))) {
    for (const w of readJson(join(windowsDir, file)) as DataWindow[]) {
      out.set(`windows:w.${w.id}.name`, w.name);
      out.set(`windows:w.${w.id}.about`, w.about);
      out.set(`windows:w.${w.id}.eligibility`, w.eligibility.note);
    }
  }
  for (const p of readJson(join(dataDir, 'places.json')) as { id: string; name: string }[])
    out.set(`windows:places.${p.id}`, p.name);
  for (const p of readJson(join(dataDir, 'programmes.json')) as DataProgramme[]) {
    for (const field of ['title', 'purpose', 'fy2020'] as const) out.set(`plan:p.${p.no}.${field}`, p[field]);
    for (const d of p.departments) {
      out.set(`plan:departments.${d.name}`, d.name);
      if (d.renamed) out.set(`plan:renamed.${d.renamed}`, d.renamed);
    }
  }
  return out;
}

/** Japanese source: the locale files, plus the catalogue's own words. */
export function japaneseSource(root = '.'): Texts {
  const out = localeTexts(join(root, 'locales'), 'ja');
  for (const [k, v] of japaneseFromData(join(root, 'src/data'))) if (!out.has(k)) out.set(k, v);
  return out;
}
