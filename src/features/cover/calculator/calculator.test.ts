import { describe, expect, it } from 'vitest';
import { initialCalc, press, typedDigits } from './calculator';

const run = (keys: string) => [...keys].reduce(press, initialCalc);

describe('calculator', () => {
  it('does arithmetic left to right, with decimals', () => {
    expect(run('12+30=').display).toBe('42');
    expect(run('7×6−2=').display).toBe('40');
    expect(run('1÷4=').display).toBe('0.25');
    expect(run('0.1+0.2=').display).toBe('0.3');
  });
  it('shows an error for division by zero and clears', () => {
    expect(run('5÷0=').display).toBe('Error');
    expect(run('5÷0=C').display).toBe('0');
  });
  it('remembers what was typed, for the unlock code', () => {
    expect(run('1234=').typed).toBe('1234=');
  });
  it('reports the digits of the entry being committed, since the last clear or "="', () => {
    expect(typedDigits(run('1234='))).toBe('1234');
    expect(typedDigits(run('99C12+34='))).toBe('1234');
    expect(typedDigits(run('7+1=2580='))).toBe('2580');
    expect(typedDigits(run('1.5×2='))).toBe('152');
    expect(typedDigits(run('12'))).toBe('12');
    expect(typedDigits(run('C'))).toBe('');
  });
});
