// Evidence travels with the data: every number, 24-hour claim and eligibility restriction is backed
// by a passage quoted from a source it cites, or listed as a known gap that may only shrink.
import { describe, expect, it } from 'vitest';
import { readCatalogueFiles } from '../../plugins/catalogue-files';
import { validateCatalogue, type Catalogue } from './validate';
import { evidenceGaps, evidenceProblems, isMirror, quotePrints } from './evidence';
import exemptions from './evidence-exemptions.json';

// The list may only shrink: lower this when a gap is closed, never raise it.
const MAX_EXEMPTIONS = 33;

const result = validateCatalogue(readCatalogueFiles(process.cwd()));
function catalogue(): Catalogue {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.catalogue;
}

describe('evidence in the catalogue', () => {
  it('has no quote that contradicts what it claims to back, and names the page behind every mirror', () => {
    expect(evidenceProblems(catalogue())).toEqual([]);
  });

  it('backs every number, 24-hour claim and eligibility restriction, except the listed gaps', () => {
    const unlisted = evidenceGaps(catalogue()).filter((g) => !exemptions.includes(g.key));
    expect(unlisted.map((g) => g.key)).toEqual([]);
  });

  it('lists no gap that is already closed (the exemption list only shrinks)', () => {
    const open = new Set(evidenceGaps(catalogue()).map((g) => g.key));
    expect(exemptions.filter((key) => !open.has(key))).toEqual([]);
    expect(new Set(exemptions).size).toBe(exemptions.length);
    expect(exemptions.length).toBeLessThanOrEqual(MAX_EXEMPTIONS);
  });

  it('records each gap in a cited source as quote: null with the reason', () => {
    const cat = catalogue();
    const byId = new Map(cat.sources.map((s) => [s.id, s]));
    for (const gap of evidenceGaps(cat)) {
      const recorded = gap.sources.some((id) =>
        byId.get(id)?.quotes.some((q) => q.quote === null && q.backs.includes(gap.fact)),
      );
      expect(recorded, gap.key).toBe(true);
    }
  });

  it('finds a gap when a quote is taken away (the check can fail)', () => {
    const cat = catalogue();
    const sources = cat.sources.map((s) =>
      s.id === 'misato-2231' || s.id === 'tobuyomiuri-16416' ? { ...s, quotes: [] } : s,
    );
    const keys = evidenceGaps({ ...cat, sources }).map((g) => g.key);
    expect(keys).toContain('pref-abuse-7171 number #7171');
    expect(keys).toContain('pref-abuse-7171 number 048-762-7533 (if-no-connect)');
    expect(keys).toContain('pref-abuse-7171 24h');
  });

  it('flags a mirror without its canonical page, and a quote that does not print its number', () => {
    const cat = catalogue();
    const sources = cat.sources.map((s) =>
      s.id === 'pref-saitama-news-2019-1128'
        ? { ...s, canonical: undefined }
        : s.id === 'misato-2231'
          ? { ...s, quotes: [{ quote: '24時間365日受付', backs: ['number:#7171' as const] }] }
          : s,
    );
    const problems = evidenceProblems({ ...cat, sources });
    expect(problems.some((p) => p.startsWith('pref-saitama-news-2019-1128: a mirror'))).toBe(true);
    expect(problems.some((p) => p.startsWith('misato-2231: quote'))).toBe(true);
  });
});

describe('quotePrints', () => {
  it('reads numbers as sources print them', () => {
    expect(quotePrints('0120-279(つなぐ)-889(はやく)(24時間受付)', '0120-279-889')).toBe(true);
    expect(quotePrints('フリーダイヤル☎︎0120・80・7171へ', '0120-80-7171')).toBe(true);
    expect(quotePrints('【電話】048‒645-4343 24時間', '048-645-4343')).toBe(true);
    expect(quotePrints('「#8008」に電話をすると', '#8008')).toBe(true);
  });
  it('does not match a number inside a longer one', () => {
    expect(quotePrints('0000-189-000', '189')).toBe(false);
    expect(quotePrints('#71712', '#7171')).toBe(false);
  });
  it('knows the mirror hosts', () => {
    expect(isMirror('https://www.wikizero.org/wiki/ja/x')).toBe(true);
    expect(isMirror('https://www.pref.saitama.lg.jp/x')).toBe(false);
  });
});
