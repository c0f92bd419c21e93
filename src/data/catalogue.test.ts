// The catalogue as committed: schema, references, and the plan's 57 programmes exactly once.
import { describe, expect, it } from 'vitest';
import { readCatalogueFiles } from '../../plugins/catalogue-files';
import { validateCatalogue } from './validate';

const files = readCatalogueFiles(process.cwd());
const result = validateCatalogue(files);

describe('catalogue data', () => {
  it('passes the schema and every cross-reference', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has each of the 57 programmes exactly once, in order', () => {
    if (!result.ok) throw new Error('invalid catalogue');
    expect(result.catalogue.programmes.map((p) => p.no)).toEqual(Array.from({ length: 57 }, (_, i) => i + 1));
  });

  it('keeps the FY2020 figures from the seed (e.g. 1,040 calls, 296 abuse reports)', () => {
    if (!result.ok) throw new Error('invalid catalogue');
    const p10 = result.catalogue.programmes.find((p) => p.no === 10)!;
    expect(p10.fy2020).toContain('１，０４０件');
    expect(p10.fy2020).toContain('２９６件');
  });

  it('places no DV centre, shelter or With You on the map, and only printed coordinates', () => {
    if (!result.ok) throw new Error('invalid catalogue');
    for (const p of result.catalogue.places) {
      expect(p.name).not.toMatch(/DV|相談支援センター|シェルター|婦人相談|With You/i);
      if (p.coords) expect(p.coords.printed.length).toBeGreaterThan(0);
    }
  });

  it('routes unknown windows only to windows with a confirmed contact, high confidence first', () => {
    if (!result.ok) throw new Error('invalid catalogue');
    const byId = new Map(result.catalogue.windows.map((w) => [w.id, w]));
    for (const w of result.catalogue.windows) {
      for (const id of w.route ?? []) {
        const target = byId.get(id)!;
        expect(
          target.channels.some((c) => c.confidence !== 'unknown'),
          `${w.id} → ${id}`,
        ).toBe(true);
      }
      if (w.route?.length) {
        const first = byId.get(w.route[0])!;
        expect(
          first.channels.some((c) => c.confidence === 'high'),
          `${w.id} route starts high`,
        ).toBe(true);
      }
    }
  });
});
