// npm run data:report — what in the catalogue needs a person's attention.
import { readCatalogueFiles } from './catalogue-files';
import { validateCatalogue } from '../src/data/validate';
import type { Window } from '../src/data/schema';
import { evidenceGaps, evidenceProblems } from '../src/data/evidence';
import exemptions from '../src/data/evidence-exemptions.json';

const result = validateCatalogue(readCatalogueFiles(process.cwd()));
if (!result.ok) {
  console.error(`The catalogue is invalid:\n  ${result.errors.join('\n  ')}`);
  process.exit(1);
}
const { windows, sources } = result.catalogue;
const today = new Date();
const yearAgo = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate())
  .toISOString()
  .slice(0, 10);

function contactLabel(w: Window, i: number): string {
  const c = w.channels[i];
  return c.kind === 'tel' ? `tel ${c.number ?? '(none)'}${c.audience ? ` [${c.audience}]` : ''}` : c.kind;
}

const gaps = evidenceGaps(result.catalogue);
const sections: [string, string[]][] = [
  ['Evidence problems (fix before shipping)', evidenceProblems(result.catalogue)],
  [
    `Values no quote backs (evidence-exemptions.json: ${exemptions.length}; may only shrink)`,
    gaps.map((g) => `${g.key} (sources: ${g.sources.join(', ')})`),
  ],
  [
    'Passages not captured (quote: null)',
    sources.flatMap((s) =>
      s.quotes.flatMap((q) => (q.quote === null ? [`${s.id}: ${q.backs.join(', ')}: ${q.reason}`] : [])),
    ),
  ],
  [
    'Unknown contacts (shown as "not confirmed" with a route)',
    windows.flatMap((w) =>
      w.channels.flatMap((c, i) =>
        c.confidence === 'unknown'
          ? [`${w.id}: ${contactLabel(w, i)} → route ${(w.route ?? []).join(', ')}`]
          : [],
      ),
    ),
  ],
  [
    'Medium confidence (shown with "please confirm"; never a fallback)',
    windows.flatMap((w) => [
      ...w.channels.flatMap((c, i) => (c.confidence === 'medium' ? [`${w.id}: ${contactLabel(w, i)}`] : [])),
      ...(w.hours.kind !== 'unknown' && w.hours.confidence === 'medium' ? [`${w.id}: hours`] : []),
    ]),
  ],
  ['Hours unknown', windows.filter((w) => w.hours.kind === 'unknown').map((w) => w.id)],
  [
    'Never verified by a person against the live source',
    windows.filter((w) => !w.lastVerified).map((w) => w.id),
  ],
  [
    `Verified more than 12 months ago (before ${yearAgo})`,
    windows
      .filter((w) => w.lastVerified && w.lastVerified < yearAgo)
      .map((w) => `${w.id}: ${w.lastVerified}`),
  ],
];

console.log(
  `Catalogue: ${windows.length} windows, ${result.catalogue.programmes.length} programmes, ${result.catalogue.sources.length} sources\n`,
);
for (const [title, rows] of sections) {
  console.log(`## ${title}: ${rows.length}`);
  for (const row of rows) console.log(`- ${row}`);
  console.log('');
}
