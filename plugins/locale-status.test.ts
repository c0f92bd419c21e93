// Completeness rules: which keys a locale may leave to the Japanese original.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completeLocales, missingKeys, PLAN_LONG_TEXTS } from './locale-status';

const dir = mkdtempSync(join(tmpdir(), 'locales-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(code: string, ns: string, data: unknown) {
  mkdirSync(join(dir, code), { recursive: true });
  writeFileSync(join(dir, code, `${ns}.json`), JSON.stringify(data));
}

const plan = (p: Record<string, string>) => ({ p: { '1': p }, ui: { title: 'x' } });
write('en', 'common', { exit: { label: 'Exit' } });
write('en', 'plan', plan({ title: 'T', purpose: 'P', fy2020: 'F' }));
// Urdu falls back to Japanese for catalogue texts: the plan's long texts may be left out.
write('ur', 'common', { exit: { label: 'باہر' } });
write('ur', 'plan', plan({ title: 'ع' }));
// Spanish falls back to English: the same gap keeps it out of the picker.
write('es', 'common', { exit: { label: 'Salir' } });
write('es', 'plan', plan({ title: 'T' }));
// Sinhala without the programme title is incomplete: titles are always translated.
write('si', 'common', { exit: { label: 'x' } });
write('si', 'plan', plan({ purpose: 'x', fy2020: 'x' }));

describe('locale completeness', () => {
  it('lets Japanese-fallback locales keep the plan long texts in Japanese, and no one else', () => {
    expect(missingKeys(dir, 'ur')).toEqual([]);
    expect(missingKeys(dir, 'es')).toEqual(['plan:p.1.purpose', 'plan:p.1.fy2020']);
  });

  it('still requires programme titles and every other key', () => {
    expect(missingKeys(dir, 'si')).toEqual(['plan:p.1.title']);
    expect(completeLocales(dir, ['en', 'ur', 'es', 'si', 'bn'])).toEqual(['en', 'ur']);
  });

  it('matches only the purpose and FY2020 texts of a programme', () => {
    expect(PLAN_LONG_TEXTS.test('plan:p.12.purpose')).toBe(true);
    expect(PLAN_LONG_TEXTS.test('plan:p.12.fy2020')).toBe(true);
    expect(PLAN_LONG_TEXTS.test('plan:p.12.title')).toBe(false);
    expect(PLAN_LONG_TEXTS.test('plan:ui.purpose')).toBe(false);
  });
});
