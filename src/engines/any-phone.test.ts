// A line offered "when nothing else is open" must connect from the phone in hand: a regular or
// 0120 number comes before a #-number that fails from many IP and Hikari phones.
import { describe, expect, it } from 'vitest';
import { channelHours, getWindow } from '../data/catalogue';
import type { Window } from '../data/schema';
import { testHolidays, tokyo } from '../../tests/fixtures/holidays';
import { dialableFromAnyPhone, ownFallback } from './any-phone';
import { recommend, type Answers } from './recommend';

const ctx = { holidays: testHolidays, dated: channelHours };
const w = (id: string) => getWindow(id)!;

describe('lines that work from any phone', () => {
  it('counts regular and 0120 numbers, not #-numbers, 0570 numbers or lines that fail from IP phones', () => {
    const tel = (id: string, n: string) => w(id).channels.find((c) => c.kind === 'tel' && c.number === n)!;
    expect(dialableFromAnyPhone(tel('dv-plus', '0120-279-889'))).toBe(true);
    expect(dialableFromAnyPhone(tel('pref-abuse-7171', '048-762-7533'))).toBe(true);
    expect(dialableFromAnyPhone(tel('pref-abuse-7171', '#7171'))).toBe(false);
    expect(dialableFromAnyPhone(tel('moj-women-hotline', '0570-070-810'))).toBe(false);
  });

  it('finds the sourced fallback beside a #-number', () => {
    const abuse = w('pref-abuse-7171');
    const hash = abuse.channels.find((c) => c.kind === 'tel' && c.number === '#7171')!;
    const fb = ownFallback(abuse, hash);
    expect(fb?.kind === 'tel' && fb.number).toBe('0120-80-7171');
    const navi = w('dv-navi-8008');
    expect(ownFallback(navi, navi.channels[0])).toBeUndefined();
  });

  it('the open-now fallback passes over a #-only line ranked first for one that works from any phone', () => {
    const abuse = w('pref-abuse-7171');
    const hashOnly: Window = {
      ...abuse,
      channels: abuse.channels.filter((c) => c.kind === 'tel' && c.number === '#7171'),
    };
    const answers: Answers = { danger: 'no', about: 'me', age: '25-64', needs: ['disability', 'talk'] };
    const at = tokyo('2026-12-31T03:00');
    const r = recommend(answers, [hashOnly, w('yorisoi')], at, ctx);
    expect(r.ranked[0].window.id).toBe('pref-abuse-7171');
    expect(r.fallback.window.id).toBe('yorisoi');
  });
});
