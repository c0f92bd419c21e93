import { describe, expect, it } from 'vitest';
import { windows } from './catalogue';
import { neutralCode } from './neutral-code';

describe('neutralCode', () => {
  it('gives every window its own code, made only of W-, digits and capitals', () => {
    const codes = windows.map((w) => neutralCode(w.id));
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^W-[0-9A-Z]{7}$/);
    expect(neutralCode('dv-plus')).toBe(neutralCode('dv-plus'));
  });
});
