// The pocket card and the shared message name no violence and no help, in any language: checked
// against every language's list, for the card made from every window that has a number.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { channelHours, windows } from '../../src/data/catalogue';
import { LOCALES } from '../../src/lib/languages';
import { cardLine, cardText, hasCardNumber, type CardWords } from '../../src/features/pocket-card/card-lines';
import { mainPhone } from '../../src/features/shared/main-phone';
import { sharePayload, copyText } from '../../src/features/share-help/share-text';
import { REVEALING_WORDS, revealingWordsIn } from '../fixtures/revealing-words';

type Strings = Record<string, unknown>;
const read = (code: string, ns: string): Strings =>
  JSON.parse(readFileSync(`locales/${code}/${ns}.json`, 'utf8')) as Strings;
const fill = (s: unknown, vars: Record<string, string | number>) =>
  String(s).replace(/{{(\w+)}}/g, (_, k: string) => String(vars[k]));
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function cardWords(code: string): CardWords {
  const pc = read(code, 'pocket-card');
  const lang = read(code, 'terms').lang as Record<string, string>;
  const fmt = new Intl.DateTimeFormat(code === 'ja-x-easy' ? 'ja' : code, {
    timeZone: 'UTC',
    weekday: 'short',
  });
  return {
    defaultLabel: (n) => fill(pc.defaultLabel, { n }),
    allDay: String(pc.allDay),
    hoursUnknown: String(pc.hoursUnknown),
    day: (d) =>
      d === 'hol' ? String(pc.holiday) : fmt.format(new Date(Date.UTC(2024, 0, 1 + DAYS.indexOf(d)))),
    week: (w) => (w === -1 ? String(pc.weekLast) : fill(pc.weekNth, { n: w })),
    language: (c) => lang[c],
  };
}

describe('words that do not reveal', () => {
  it('has a list for every language, and the list catches the obvious words', () => {
    expect(Object.keys(REVEALING_WORDS).sort()).toEqual(LOCALES.map((l) => l.code).sort());
    expect(revealingWordsIn('DV相談ナビ')).toEqual(expect.arrayContaining(['DV', '相談']));
    expect(revealingWordsIn('Domestic Violence Help')).toEqual(
      expect.arrayContaining(['violence', 'help', 'domestic']),
    );
    expect(revealingWordsIn('Números de ajuda')).toEqual(['ajuda']);
  });

  it('the pocket card, from every window with a number and with default labels, in every language', () => {
    const withNumber = windows.filter(hasCardNumber);
    expect(withNumber.length).toBeGreaterThan(20);
    for (const { code } of LOCALES) {
      const words = cardWords(code);
      const heading = String(read(code, 'pocket-card').defaultHeading);
      const lines = withNumber.map((w, i) =>
        cardLine(w, i, undefined, channelHours(w, mainPhone(w)), words)!,
      );
      const text = cardText(heading, lines).join('\n');
      expect(revealingWordsIn(text), code).toEqual([]);
    }
  });

  it('the shared message and address, in every language', () => {
    for (const { code } of LOCALES) {
      const payload = sharePayload(String(read(code, 'share-help').message), 'https://example.org/a?b=c#d');
      expect(revealingWordsIn(copyText(payload)), code).toEqual([]);
      expect(payload.url).toBe('https://example.org');
    }
  });
});
