// npm run data:verified -- <window-id> --date YYYY-MM-DD --by <initials> [--note …]
// Records that a person checked a window against its live source. Refuses bad input without
// touching the data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCatalogueFiles } from '../plugins/catalogue-files';
import { recordCheck } from '../src/data/verification';
import { tokyoDay } from '../src/engines/tokyo-time';

function fail(message: string): never {
  console.error(`data:verified: ${message}\nNothing was changed.`);
  console.error('Usage: npm run data:verified -- <window-id> --date YYYY-MM-DD --by <initials> [--note …]');
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' }, by: { type: 'string' }, note: { type: 'string' } },
  });
} catch (err) {
  fail((err as Error).message);
}
const [windowId, ...extra] = parsed.positionals;
if (!windowId) fail('give a window id');
if (extra.length > 0) fail(`unexpected arguments: ${extra.join(' ')}`);
if (parsed.values.date === undefined) fail('--date is missing');
if (parsed.values.by === undefined) fail('--by is missing');

const root = process.cwd();
const today = process.env.MADOGUCHI_TODAY ?? tokyoDay(new Date()).ymd;
const result = recordCheck(
  readCatalogueFiles(root),
  { windowId, date: parsed.values.date, by: parsed.values.by, note: parsed.values.note },
  today,
);
if (!result.ok) fail(result.error);
writeFileSync(join(root, result.file.file), JSON.stringify(result.file.data, null, 2) + '\n');
console.log(
  `Recorded: ${windowId} checked on ${parsed.values.date} by ${parsed.values.by} (${result.file.file}).`,
);
