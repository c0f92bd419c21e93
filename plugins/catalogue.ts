// Validates the catalogue before anything is built (file, entry and field named on error), and
// serves tiny build-time extracts: the crisis lines for the first paint (with their languages), the
// lines that answer in other languages, and which locales are complete enough to offer.
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { validateCatalogue } from '../src/data/validate.ts';
import { CRISIS_IDS, crisisLines } from '../src/data/crisis-lines.ts';
import { LOCALES } from '../src/lib/languages.ts';
import { readCatalogueFiles } from './catalogue-files.ts';
import { listedLocales } from './locale-status.ts';
import { startLanguageLines, withLanguages } from './language-lines.ts';
import { PSEUDO_LOCALE } from './pseudo-locale.ts';

const IDS = {
  crisis: 'virtual:crisis-lines',
  locales: 'virtual:listed-locales',
  languages: 'virtual:language-lines',
};

export function catalogue(root: string, pseudo = false): Plugin {
  const validated = () => {
    const result = validateCatalogue(readCatalogueFiles(root));
    if (!result.ok) throw new Error(`Catalogue data is invalid:\n  ${result.errors.join('\n  ')}`);
    return result.catalogue;
  };
  let isBuild = false;
  return {
    name: 'madoguchi-catalogue',
    configResolved(config) {
      isBuild = config.command === 'build' && !process.env.VITEST;
    },
    buildStart() {
      if (isBuild) validated(); // tests report data errors through src/data/catalogue.test.ts instead
    },
    resolveId: (id) => (Object.values(IDS).includes(id) ? `\0${id}` : null),
    load(id) {
      if (id === `\0${IDS.crisis}`) {
        const windows = validated().windows;
        const lines = crisisLines(windows, CRISIS_IDS).map((line) => withLanguages(line, windows, root));
        return `export default ${JSON.stringify(lines)};`;
      }
      if (id === `\0${IDS.languages}`) {
        return `export default ${JSON.stringify(startLanguageLines(root, validated()))};`;
      }
      if (id === `\0${IDS.locales}`) {
        const listed = listedLocales(
          root,
          LOCALES.map((l) => l.code),
        );
        return `export default ${JSON.stringify(pseudo ? [...listed, PSEUDO_LOCALE] : listed)};`;
      }
      return null;
    },
  };
}

/**
 * The app's copy of src/data/sources.json without the quoted passages: they back the data (checked
 * by src/data/evidence.test.ts, read by maintainers) but no screen shows them, and they were about a
 * fifth of the catalogue chunk every finder and questionnaire result waits for. Build only: tests
 * read the whole file.
 */
export function runtimeSources(): Plugin {
  let isBuild = false;
  return {
    name: 'madoguchi-runtime-sources',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build' && !process.env.VITEST;
    },
    load(id) {
      if (!isBuild || !id.replace(/\\/g, '/').endsWith('/src/data/sources.json')) return null;
      const sources = JSON.parse(readFileSync(id, 'utf8')) as Record<string, unknown>[];
      for (const source of sources) delete source.quotes;
      return JSON.stringify(sources);
    },
  };
}
