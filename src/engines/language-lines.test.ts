import { describe, expect, it } from 'vitest';
import { channelHours, windows } from '../data/catalogue';
import { answersIn } from './channel-languages';
import { languageLines } from './language-lines';

const lines = languageLines(
  windows,
  () => 'かな',
  (w, c) => channelHours(w, c),
  () => ({}),
);

describe('the start screen lines in other languages', () => {
  it('lists DV相談＋ chat and e-mail but not its Japanese-only phone', () => {
    const plus = lines.find((l) => l.id === 'dv-plus')!;
    expect(plus.channels.map((c) => c.kind).sort()).toEqual(['chat', 'email']);
  });

  it('has a way to reach help in every content language but Japanese', () => {
    for (const lang of ['ja-easy', 'en', 'zh', 'ko', 'tl', 'pt', 'es', 'vi', 'ne', 'th', 'id'] as const) {
      expect(
        lines.some((l) => l.channels.some((c) => answersIn(c.languages, lang))),
        lang,
      ).toBe(true);
    }
  });

  it('never lists 110 or a channel without a confirmed contact', () => {
    expect(lines.some((l) => l.id === 'police-110')).toBe(false);
    for (const l of lines) for (const c of l.channels) expect(c.confidence).not.toBe('unknown');
  });

  it('puts confirmed phone and chat lines before old in-person desks', () => {
    const ids = lines.map((l) => l.id);
    expect(ids.indexOf('pref-foreign-centre')).toBeLessThan(ids.indexOf('omiya-foreign-consultation'));
  });
});
