// Checks the whole catalogue: each entry against its schema, then references between files.
// Pure: takes parsed JSON with file names, returns readable errors. Used by the build plugin
// (vite.config.ts), the data test and `npm run data:report`.
import * as v from 'valibot';
import { Place, Programme, Source, Window } from './schema.ts';

export interface DataFile {
  file: string;
  data: unknown;
}
export interface CatalogueFiles {
  sources: DataFile;
  places: DataFile;
  programmes: DataFile;
  windows: DataFile[];
}
export interface Catalogue {
  sources: Source[];
  places: Place[];
  programmes: Programme[];
  windows: Window[];
}

const PROGRAMME_COUNT = 57;

function entryLabel(entry: unknown, index: number): string {
  if (entry && typeof entry === 'object') {
    const rec = entry as Record<string, unknown>;
    if (typeof rec.id === 'string') return rec.id;
    if (typeof rec.no === 'number') return `programme ${rec.no}`;
  }
  return `entry #${index}`;
}

function parseList<S extends v.GenericSchema>(
  df: DataFile,
  schema: S,
  errors: string[],
): { item: v.InferOutput<S>; file: string }[] {
  if (!Array.isArray(df.data)) {
    errors.push(`${df.file}: must be a JSON array`);
    return [];
  }
  const out: { item: v.InferOutput<S>; file: string }[] = [];
  df.data.forEach((entry, i) => {
    const result = v.safeParse(schema, entry);
    if (result.success) out.push({ item: result.output, file: df.file });
    else {
      for (const issue of result.issues) {
        const path = v.getDotPath(issue) ?? '(entry)';
        errors.push(`${df.file}: ${entryLabel(entry, i)}: field "${path}": ${issue.message}`);
      }
    }
  });
  return out;
}

function checkUnique(items: { key: string; file: string }[], what: string, errors: string[]) {
  const seen = new Map<string, string>();
  for (const { key, file } of items) {
    const first = seen.get(key);
    if (first) errors.push(`${file}: duplicate ${what} "${key}" (first in ${first})`);
    else seen.set(key, file);
  }
}

/** Validates every file and every reference. Returns the typed catalogue or the list of errors. */
export function validateCatalogue(
  files: CatalogueFiles,
): { ok: true; catalogue: Catalogue } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const sources = parseList(files.sources, Source, errors);
  const places = parseList(files.places, Place, errors);
  const programmes = parseList(files.programmes, Programme, errors);
  const windows = files.windows.flatMap((f) => parseList(f, Window, errors));

  checkUnique(
    sources.map((s) => ({ key: s.item.id, file: s.file })),
    'source id',
    errors,
  );
  checkUnique(
    places.map((p) => ({ key: p.item.id, file: p.file })),
    'place id',
    errors,
  );
  checkUnique(
    windows.map((w) => ({ key: w.item.id, file: w.file })),
    'window id',
    errors,
  );
  checkUnique(
    programmes.map((p) => ({ key: String(p.item.no), file: p.file })),
    'programme number',
    errors,
  );
  const numbers = new Set(programmes.map((p) => p.item.no));
  for (let n = 1; n <= PROGRAMME_COUNT; n++) {
    if (!numbers.has(n)) errors.push(`${files.programmes.file}: programme ${n} is missing`);
  }

  const sourceIds = new Set(sources.map((s) => s.item.id));
  const placeIds = new Set(places.map((p) => p.item.id));
  const windowIds = new Set(windows.map((w) => w.item.id));
  const ref = (
    file: string,
    owner: string,
    field: string,
    kind: string,
    known: Set<string>,
    ids: string[],
  ) => {
    for (const target of ids) {
      if (!known.has(target)) errors.push(`${file}: ${owner}: field "${field}": unknown ${kind} "${target}"`);
    }
  };

  for (const { item: p, file } of places) ref(file, p.id, 'sources', 'source', sourceIds, p.sources);
  for (const { item: w, file } of windows) {
    ref(file, w.id, 'sources', 'source', sourceIds, w.sources);
    ref(file, w.id, 'route', 'window', windowIds, w.route ?? []);
    if ((w.route ?? []).includes(w.id)) errors.push(`${file}: ${w.id}: field "route": routes to itself`);
    for (const n of w.programmes) {
      if (!numbers.has(n)) errors.push(`${file}: ${w.id}: field "programmes": unknown programme ${n}`);
    }
    const schedules = [{ s: w.hours, path: 'hours' }];
    w.channels.forEach((c, i) => {
      const path = `channels.${i}`;
      ref(file, w.id, `${path}.sources`, 'source', sourceIds, c.sources);
      if (c.hours) schedules.push({ s: c.hours, path: `${path}.hours` });
      const hasContact =
        (c.kind === 'tel' && c.number !== null) ||
        ((c.kind === 'chat' || c.kind === 'sns' || c.kind === 'web' || c.kind === 'email') &&
          (c.url !== null || c.address !== undefined)) ||
        ((c.kind === 'visit' || c.kind === 'apply') && c.places.length > 0);
      if (hasContact && c.sources.length === 0) {
        errors.push(`${file}: ${w.id}: field "${path}.sources": a contact detail needs a source`);
      }
      if (hasContact && c.confidence === 'unknown') {
        errors.push(
          `${file}: ${w.id}: field "${path}.confidence": a contact detail cannot be of unknown confidence`,
        );
      }
      if (!hasContact && c.confidence !== 'unknown') {
        errors.push(`${file}: ${w.id}: field "${path}.confidence": a missing contact must be "unknown"`);
      }
      if (c.kind === 'tel' && c.ifNoConnect) {
        ref(file, w.id, `${path}.ifNoConnect`, 'window', windowIds, [c.ifNoConnect]);
      }
      if (c.kind === 'visit' || c.kind === 'apply')
        ref(file, w.id, `${path}.places`, 'place', placeIds, c.places);
    });
    for (const { s, path } of schedules) {
      if (s.kind !== 'unknown') {
        ref(file, w.id, `${path}.sources`, 'source', sourceIds, s.sources);
        if (s.between && s.between.from > s.between.until) {
          errors.push(`${file}: ${w.id}: field "${path}.between": "from" is after "until"`);
        }
        (s.closures ?? []).forEach((c, j) => {
          ref(file, w.id, `${path}.closures.${j}.sources`, 'source', sourceIds, c.sources);
          if (c.from > c.until)
            errors.push(`${file}: ${w.id}: field "${path}.closures.${j}": "from" is after "until"`);
        });
      }
      if (s.kind === 'weekly') {
        const hasHolRule = s.rules.some((r) => r.days.includes('hol'));
        if (hasHolRule !== (s.holidays === 'own-rules')) {
          errors.push(
            `${file}: ${w.id}: field "${path}.holidays": "own-rules" exactly when a rule lists "hol"`,
          );
        }
      }
    }
    const usable = w.channels.some((c) => c.confidence !== 'unknown');
    if (!usable && (w.route ?? []).length === 0) {
      errors.push(`${file}: ${w.id}: field "route": a window with no confirmed contact needs a route`);
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    catalogue: {
      sources: sources.map((s) => s.item),
      places: places.map((p) => p.item),
      programmes: programmes.map((p) => p.item).sort((a, b) => a.no - b.no),
      windows: windows.map((w) => w.item),
    },
  };
}
