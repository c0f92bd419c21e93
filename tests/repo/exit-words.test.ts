// What the quick exit says aloud (its live announcements) and its accessible name, in every locale:
// someone nearby may hear it, so it never names violence, abuse or help, and it says where it leads.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

const NAMES_VIOLENCE =
  /\bDV\b|暴力|虐待|相談|ぼうりょく|violen|abus|help|domestic|폭력|학대|karahasan|pang-aabuso|violência|abuso|bạo lực|hành hạ|हिंसा|दुर्व्यवहार|ความรุนแรง|ทำร้าย|kekerasan|penganiayaan|家暴|虐待/i;

const locales = readdirSync('locales');
const exitWords = (code: string) =>
  (JSON.parse(readFileSync(`locales/${code}/common.json`, 'utf8')) as { exit: Record<string, string> }).exit;

describe('quick exit words', () => {
  it.each(locales)('%s: announcements and the control name nothing about violence', (code) => {
    const exit = exitWords(code);
    expect(Object.keys(exit).length).toBeGreaterThanOrEqual(6);
    for (const [key, text] of Object.entries(exit))
      expect(text, `${code} exit.${key}`).not.toMatch(NAMES_VIOLENCE);
  });

  it.each(locales)('%s: the control says where it leads, after its label', (code) => {
    const exit = exitWords(code);
    expect(exit.where.trim().length, `${code} exit.where`).toBeGreaterThan(3);
    expect(exit.where).not.toContain(exit.label);
  });
});
