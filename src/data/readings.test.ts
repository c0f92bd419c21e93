// Every window has a kana reading of its official name, written only in kana (and the digits,
// # and punctuation the names themselves carry).
import { describe, expect, it } from 'vitest';
import readings from './readings.json';
import { windows } from './catalogue';

const KANA_ONLY = /^[\u3041-\u309f\u30a0-\u30ff0-9# 、。・（）「」]+$/u;

describe('kana readings', () => {
  it('has one for every window and none for a window that does not exist', () => {
    expect(Object.keys(readings).sort()).toEqual(windows.map((w) => w.id).sort());
  });

  it('is written in kana', () => {
    for (const [id, kana] of Object.entries(readings)) expect(kana, id).toMatch(KANA_ONLY);
  });

  it('keeps the digits of names that carry a number (#8008, 189)', () => {
    for (const w of windows) {
      const digits = w.name.match(/#?\d{3,}/g)?.filter((d) => d !== '110' && d !== '24') ?? [];
      for (const d of digits) expect((readings as Record<string, string>)[w.id], w.id).toContain(d);
    }
  });
});
