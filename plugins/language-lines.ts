// Build-time data for the start screen's "in your language" section and the languages of its
// crisis lines, so the first paint needs no data file.
import { readFileSync } from 'node:fs';
import type { Catalogue } from '../src/data/validate.ts';
import type { CrisisLine } from '../src/data/crisis-lines.ts';
import { datedWith } from '../src/data/dated.ts';
import { channelLanguages } from '../src/engines/channel-languages.ts';
import { languageLines, type LanguageLine, type StartCrisisLine } from '../src/engines/language-lines.ts';
import { LOCALES } from '../src/lib/languages.ts';

type Windows = Catalogue['windows'];

export function withLanguages(line: CrisisLine, windows: Windows, root: string): StartCrisisLine {
  const w = windows.find((x) => x.id === line.id)!;
  const tel = w.channels.find((c) => c.kind === 'tel' && c.number === line.number)!;
  const kana = (readJson(`${root}src/data/readings.json`) as Record<string, string>)[w.id] ?? '';
  return { ...line, languages: channelLanguages(w, tel), romaji: w.romaji, kana };
}

function readJson(path: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function startLanguageLines(root: string, catalogue: Catalogue): LanguageLine[] {
  const readings = readJson(`${root}src/data/readings.json`) as Record<string, string>;
  const byLocale = LOCALES.filter((l) => l.code !== 'ja').map((l) => ({
    code: l.code,
    names: (readJson(`${root}locales/${l.code}/windows.json`).w ?? {}) as Record<string, { name?: string }>,
  }));
  const getSource = (id: string) => catalogue.sources.find((s) => s.id === id);
  return languageLines(
    catalogue.windows,
    (id) => readings[id] ?? '',
    (w, c) => datedWith(c.hours ?? w.hours, getSource),
    (id) =>
      Object.fromEntries(byLocale.flatMap((l) => (l.names[id]?.name ? [[l.code, l.names[id].name]] : []))),
  );
}
