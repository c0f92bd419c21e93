import { describe, expect, it } from 'vitest';
import { getWindow, windows } from '../data/catalogue';
import { answersIn, channelLanguages, languagesAttr, rulesFor } from './channel-languages';

const channel = (id: string, kind: string) => {
  const w = getWindow(id)!;
  return { w, c: w.channels.find((c) => c.kind === kind)! };
};

describe('channel languages', () => {
  it('says nothing about 110 and never calls it Japanese only', () => {
    const { w, c } = channel('police-110', 'tel');
    const info = channelLanguages(w, c);
    expect(info.silent).toBe(true);
    expect(info.japaneseOnly).toBe(false);
    expect(languagesAttr(info)).toBe('unknown');
  });

  it('marks the DV相談＋ phone Japanese only (sourced) and its chat as 10 foreign languages', () => {
    const tel = channel('dv-plus', 'tel');
    expect(channelLanguages(tel.w, tel.c).japaneseOnly).toBe(true);
    const chat = channel('dv-plus', 'chat');
    const info = channelLanguages(chat.w, chat.c);
    expect(info.japaneseOnly).toBe(false);
    expect(answersIn(info, 'tl')).toBe(true);
    expect(info.codes?.filter((l) => l !== 'ja')).toHaveLength(10);
  });

  it('never turns a line with no source saying so into "Japanese only"', () => {
    for (const w of windows) {
      for (const c of w.channels) {
        const info = channelLanguages(w, c);
        if (info.japaneseOnly) expect(c.notes).toContain('phone-japanese-only');
        if (!c.languages && info.byRule.length === 0) expect(info.codes).toBeNull();
      }
    }
  });

  it('reads per-day languages from the hours rules (Ōmiya: Tagalog on Monday)', () => {
    const { w, c } = channel('omiya-foreign-consultation', 'visit');
    const rules = rulesFor(channelLanguages(w, c), 'tl');
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.days.includes('mon'))).toBe(true);
  });

  it('gives unknown when a channel states no languages', () => {
    const { w, c } = channel('cure-time', 'chat');
    expect(languagesAttr(channelLanguages(w, c))).toBe('unknown');
  });
});
