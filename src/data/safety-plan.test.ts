// Every safety-plan step cites a recorded quote; quotes from the city's plan are its exact words.
import { describe, expect, it } from 'vitest';
import data from './safety-plan.json';
import programmes from './programmes.json';
import { windows } from './catalogue';
import { checkSafetyPlan } from './safety-plan-schema';

const windowIds = new Set(windows.map((w) => w.id));
const clone = (): typeof data => JSON.parse(JSON.stringify(data)) as typeof data;

describe('safety plan data', () => {
  it('passes its schema, and every quote, window and step reference resolves', () => {
    expect(checkSafetyPlan(data, windowIds)).toEqual([]);
  });

  it('every step cites at least one quote with a source title and publisher', () => {
    const quotes = new Map(data.quotes.map((q) => [q.id, q]));
    for (const step of data.steps) {
      expect(step.quotes.length, step.id).toBeGreaterThan(0);
      for (const q of step.quotes) {
        expect(quotes.get(q)?.text, `${step.id} → ${q}`).toBeTruthy();
        expect(quotes.get(q)?.source.publisher, `${step.id} → ${q}`).toBeTruthy();
      }
    }
  });

  it("quotes from the city's plan are exact passages of the cited programme", () => {
    const squash = (s: string) => s.replace(/\s/g, '');
    for (const q of data.quotes.filter((x) => 'programme' in x.source)) {
      const no = (q.source as { programme: number }).programme;
      const p = programmes.find((x) => x.no === no);
      expect(p, q.id).toBeDefined();
      expect(squash(`${p!.purpose}${p!.fy2020}`), q.id).toContain(squash(q.text));
    }
  });

  it('covers staying, leaving and after leaving', () => {
    expect(new Set(data.steps.map((s) => s.phase))).toEqual(new Set(['staying', 'leaving', 'after']));
  });

  it('rejects a step with no quote, an unknown quote or an unknown window', () => {
    const noQuote = clone();
    noQuote.steps[0].quotes = [];
    expect(checkSafetyPlan(noQuote, windowIds).join()).toMatch(/every step cites a quote/);
    const unknown = clone();
    unknown.steps[0].quotes = ['made-up'];
    unknown.steps[1].window = 'nowhere';
    const errors = checkSafetyPlan(unknown, windowIds).join('\n');
    expect(errors).toMatch(/quote made-up is cited but not recorded/);
    expect(errors).toMatch(/no window nowhere/);
  });
});
