// npm run data:report — what in the catalogue needs a person's attention.
import { readCatalogueFiles } from '../plugins/catalogue-files';
import { validateCatalogue } from '../src/data/validate';
import type { Window } from '../src/data/schema';
import { evidenceGaps, evidenceProblems } from '../src/data/evidence';
import exemptions from '../src/data/evidence-exemptions.json';
import { freshness, RECHECK_MONTHS, type Freshness } from '../src/data/verification';
import { tokyoDay } from '../src/engines/tokyo-time';

const result = validateCatalogue(readCatalogueFiles(process.cwd()));
if (!result.ok) {
  console.error(`The catalogue is invalid:\n  ${result.errors.join('\n  ')}`);
  process.exit(1);
}
const { windows, sources } = result.catalogue;
const today = tokyoDay(new Date()).ymd;
const byFreshness = (f: Freshness) => windows.filter((w) => freshness(w.lastVerified, today) === f);

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
  ['Never verified by a person against the live source', byFreshness('unknown').map((w) => w.id)],
  [
    `Stale: last verified more than ${RECHECK_MONTHS} months ago`,
    byFreshness('stale').map((w) => `${w.id}: ${w.lastVerified}`),
  ],
];

console.log(
  `Catalogue: ${windows.length} windows, ${result.catalogue.programmes.length} programmes, ${result.catalogue.sources.length} sources\n`,
);
console.log(
  `Checked by a person: ${byFreshness('verified').length} verified (within ${RECHECK_MONTHS} months), ` +
    `${byFreshness('stale').length} stale, ${byFreshness('unknown').length} unknown (never checked)\n`,
);
for (const [title, rows] of sections) {
  console.log(`## ${title}: ${rows.length}`);
  for (const row of rows) console.log(`- ${row}`);
  console.log('');
}
