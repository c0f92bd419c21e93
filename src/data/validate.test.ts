// Bad data fails with the file, entry id and field named.
import { describe, expect, it } from 'vitest';
import { validateCatalogue, type CatalogueFiles } from './validate';

const source = {
  id: 's1',
  title: 'A page',
  publisher: 'A city',
  url: 'https://example.org/',
  stated: '2025-01',
  retrieved: '2026-11-27',
  kind: 'official',
  quotes: [{ quote: '0120-279-889（24時間）', backs: ['number:0120-279-889', '24h'] }],
};
const programme = (no: number) => ({
  no,
  title: 't',
  purpose: 'p',
  fy2020: 'f',
  departments: [{ name: 'd' }],
  audiences: ['public'],
});
const window = (over: Record<string, unknown> = {}) => ({
  id: 'line-a',
  name: '相談',
  romaji: 'soudan',
  level: 'national',
  kind: 'hotline',
  about: 'a',
  needs: ['talk'],
  eligibility: { gender: 'any', residency: 'anyone', children: 'unknown', conditions: [], note: 'n' },
  channels: [{ kind: 'tel', number: '0120-279-889', sources: ['s1'], confidence: 'high' }],
  hours: { kind: 'always', sources: ['s1'], confidence: 'high' },
  cost: 'free',
  anonymous: 'unknown',
  programmes: [1],
  sources: ['s1'],
  retrieved: '2026-11-27',
  lastVerified: '',
  ...over,
});

function files(
  windows: unknown[],
  programmes = Array.from({ length: 57 }, (_, i) => programme(i + 1)),
): CatalogueFiles {
  return {
    sources: { file: 'src/data/sources.json', data: [source] },
    places: { file: 'src/data/places.json', data: [] },
    programmes: { file: 'src/data/programmes.json', data: programmes },
    windows: [{ file: 'src/data/windows/x.json', data: windows }],
  };
}
const errorsOf = (f: CatalogueFiles) => {
  const r = validateCatalogue(f);
  return r.ok ? [] : r.errors;
};

describe('validateCatalogue', () => {
  it('accepts a well-formed catalogue', () => {
    expect(errorsOf(files([window()]))).toEqual([]);
  });
  it('names file, entry and field for a malformed value', () => {
    const errors = errorsOf(files([window({ cost: 'cheap' })]));
    expect(errors[0]).toMatch(/^src\/data\/windows\/x\.json: line-a: field "cost": /);
  });
  it('rejects a contact without a source', () => {
    const bad = window({
      channels: [{ kind: 'tel', number: '0120-279-889', sources: [], confidence: 'high' }],
    });
    expect(errorsOf(files([bad])).join('\n')).toContain(
      'field "channels.0.sources": a contact detail needs a source',
    );
  });
  it('rejects duplicate ids and dangling references', () => {
    const errs = errorsOf(files([window(), window({ route: ['nowhere'], sources: ['s9'] })])).join('\n');
    expect(errs).toContain('duplicate window id "line-a"');
    expect(errs).toContain('unknown window "nowhere"');
    expect(errs).toContain('unknown source "s9"');
  });
  it('rejects a missing or repeated programme number', () => {
    const ps = Array.from({ length: 57 }, (_, i) => programme(i + 1));
    ps[12] = programme(12);
    const errs = errorsOf(files([window()], ps)).join('\n');
    expect(errs).toContain('duplicate programme number "12"');
    expect(errs).toContain('programme 13 is missing');
  });
  it('requires a route when no contact is confirmed', () => {
    const bad = window({ channels: [{ kind: 'tel', number: null, sources: [], confidence: 'unknown' }] });
    expect(errorsOf(files([bad])).join('\n')).toContain('needs a route');
  });
  it('rejects a number that is not digits', () => {
    const bad = window({
      channels: [{ kind: 'tel', number: '0120-ABC', sources: ['s1'], confidence: 'high' }],
    });
    expect(errorsOf(files([bad])).join('\n')).toContain('field "channels.0.number"');
  });
  it('checks the evidence on a source and names the file, source and field', () => {
    const f = files([window()]);
    f.sources.data = [
      { ...source, quotes: [{ quote: null, backs: ['number:110'] }] },
      { ...source, id: 's2', quotes: [{ quote: 'x', backs: ['hearsay'] }] },
      { ...source, id: 's3', quotes: [] },
    ];
    const errs = errorsOf(f).join('\n');
    expect(errs).toMatch(/src\/data\/sources\.json: s1: field "quotes\.0(\.reason)?"/);
    expect(errs).toMatch(/src\/data\/sources\.json: s2: field "quotes\.0(\.backs\.0|\.quote)?"/);
    expect(errs).toContain('src/data/sources.json: s3: field "quotes": needs at least one quote');
  });
  it('rejects an if-no-connect window that does not exist', () => {
    const bad = window({
      channels: [
        { kind: 'tel', number: '#8008', ifNoConnect: 'nowhere', sources: ['s1'], confidence: 'high' },
      ],
    });
    expect(errorsOf(files([bad])).join('\n')).toContain(
      'field "channels.0.ifNoConnect": unknown window "nowhere"',
    );
  });
});
