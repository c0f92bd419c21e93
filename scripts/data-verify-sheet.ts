// npm run data:verify-sheet [-- <output.html>] — writes the printable verification sheet.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCatalogueFiles } from '../plugins/catalogue-files';
import { verifySheetHtml } from './verify-sheet-html';
import { validateCatalogue } from '../src/data/validate';
import { tokyoDay } from '../src/engines/tokyo-time';

const result = validateCatalogue(readCatalogueFiles(process.cwd()));
if (!result.ok) {
  console.error(`The catalogue is invalid:\n  ${result.errors.join('\n  ')}`);
  process.exit(1);
}
const out = resolve(process.argv[2] ?? 'verify-sheet.html');
writeFileSync(out, verifySheetHtml(result.catalogue, tokyoDay(new Date()).ymd));
console.log(`Wrote ${out} (${result.catalogue.windows.length} windows). Open it in a browser and print.`);
