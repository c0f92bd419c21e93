// Validates the catalogue before anything is built (file, entry and field named on error), and
// serves two tiny build-time extracts: the crisis lines for the first paint, and which locales are
// complete enough to offer.
import type { Plugin } from 'vite';
import { validateCatalogue } from '../src/data/validate.ts';
import { CRISIS_IDS, crisisLines } from '../src/data/crisis-lines.ts';
import { LOCALES } from '../src/lib/languages.ts';
import { readCatalogueFiles } from './catalogue-files.ts';
import { completeLocales } from './locale-status.ts';
import { PSEUDO_LOCALE } from './pseudo-locale.ts';

const IDS = { crisis: 'virtual:crisis-lines', locales: 'virtual:listed-locales' };

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
    resolveId: (id) => (id === IDS.crisis || id === IDS.locales ? `\0${id}` : null),
    load(id) {
      if (id === `\0${IDS.crisis}`) {
        const lines = crisisLines(validated().windows, CRISIS_IDS);
        return `export default ${JSON.stringify(lines)};`;
      }
      if (id === `\0${IDS.locales}`) {
        const listed = completeLocales(
          `${root}locales`,
          LOCALES.map((l) => l.code),
        );
        return `export default ${JSON.stringify(pseudo ? [...listed, PSEUDO_LOCALE] : listed)};`;
      }
      return null;
    },
  };
}
