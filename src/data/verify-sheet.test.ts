// The printable verification sheet: every window, its number, its quoted source; nothing fetched.
import { describe, expect, it } from 'vitest';
import { readCatalogueFiles } from '../../plugins/catalogue-files';
import { verifySheetHtml } from '../../scripts/verify-sheet-html';
import { validateCatalogue } from './validate';
import { neutralCode } from './neutral-code';

describe('verify sheet', () => {
  it('lists every window with its code and numbers, prints, and loads nothing from the network', () => {
    const result = validateCatalogue(readCatalogueFiles(process.cwd()));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const html = verifySheetHtml(result.catalogue, '2026-12-03');
    for (const w of result.catalogue.windows) {
      expect(html).toContain(w.id);
      expect(html).toContain(neutralCode(w.id));
      for (const c of w.channels) if (c.kind === 'tel' && c.number) expect(html).toContain(c.number);
    }
    expect(html).toContain('@media print');
    expect(html).toContain('「#7171 24時間365日受付・対応');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)="https?:/i);
  });
});
