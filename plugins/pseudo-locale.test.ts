import { describe, expect, it } from 'vitest';
import { pseudoString, pseudoTree } from './pseudo-locale';

describe('pseudo-locale', () => {
  it('accents every letter, lengthens and brackets the string', () => {
    expect(pseudoString('Window')).toBe('[Ŵîñðöŵ ~~]');
    const long = pseudoString('Help lines and consultation windows');
    expect(long).toMatch(/^\[Ĥéļþ ļîñéš åñð çöñšûļţåţîöñ ŵîñðöŵš ~+\]$/);
    expect(long.length).toBeGreaterThan('Help lines and consultation windows'.length * 1.25);
    expect(long).not.toMatch(/[A-Za-z]/);
  });

  it('keeps placeholders, component tags and addresses working', () => {
    expect(pseudoString('Call {{name}} <1>now</1> at cyberjapandata.gsi.go.jp')).toBe(
      '[Çåļļ {{name}} <1>ñöŵ</1> åţ cyberjapandata.gsi.go.jp ~~~~~~~~~~~~~~~~]',
    );
  });

  it('leaves an empty string empty and keeps the shape of a namespace', () => {
    expect(pseudoString('')).toBe('');
    expect(pseudoTree({ a: { b: ['x'] }, n: 1 })).toEqual({ a: { b: ['[ẋ ~~]'] }, n: 1 });
  });
});
