// What goes on the pocket card, as plain text: a label the person chose (neutral by default), the
// number, short hours and languages. Pure, so the words can be checked in tests.
import type { DatedSchedule, Rule, Window } from '../../data/schema';
import { mainPhone } from '../shared/main-phone';

export interface CardLine {
  id: string;
  label: string;
  number: string;
  hours: string;
  languages: string;
}

export interface CardWords {
  /** "Number {{n}}": the neutral default label. */
  defaultLabel: (n: number) => string;
  allDay: string;
  hoursUnknown: string;
  day: (d: Rule['days'][number]) => string;
  week: (w: number) => string;
  language: (code: string) => string;
}

/** Windows that have a confirmed number, the only ones a card can carry. */
export const hasCardNumber = (w: Window): boolean => mainPhone(w) !== undefined;

export function hoursText(schedule: DatedSchedule, words: CardWords): string {
  if (schedule.kind === 'unknown') return words.hoursUnknown;
  if (schedule.kind === 'always') return words.allDay;
  return schedule.rules
    .map((r) => {
      const weeks = r.weeks ? `${r.weeks.map(words.week).join('・')} ` : '';
      return `${weeks}${r.days.map(words.day).join('・')} ${r.open}–${r.close}`;
    })
    .join(', ');
}

export function languagesOf(schedule: DatedSchedule, channelLanguages?: readonly string[]): string[] {
  const fromRules = schedule.kind === 'weekly' ? schedule.rules.flatMap((r) => r.languages ?? []) : [];
  return [...new Set([...(channelLanguages ?? []), ...fromRules])];
}

export function cardLine(
  w: Window,
  index: number,
  label: string | undefined,
  schedule: DatedSchedule,
  words: CardWords,
): CardLine | null {
  const tel = mainPhone(w);
  if (!tel?.number) return null;
  return {
    id: w.id,
    label: label?.trim() || words.defaultLabel(index + 1),
    number: tel.number,
    hours: hoursText(schedule, words),
    languages: languagesOf(schedule, tel.languages).map(words.language).join(', '),
  };
}

/** The card as lines of text (for the image and for checks). */
export function cardText(heading: string, lines: readonly CardLine[]): string[] {
  return [
    heading,
    ...lines.flatMap((l) => [`${l.label}  ${l.number}`, l.hours, l.languages].filter(Boolean)),
  ];
}
