// A weekly rule as a reader reads it: "Mon–Fri 9:00–16:00", weekday names from the reader's clock words.
import type { Rule } from '../data/schema';
import { weekdayShort } from './clock-format';
import { intlLocale } from './clock-words';

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const dayName = (day: (typeof WEEK)[number], locale: string): string =>
  weekdayShort(locale, WEEK.indexOf(day));

/** Runs of consecutive weekdays ("Mon–Fri"), then the holiday label if the rule covers holidays. */
export function daysText(days: Rule['days'], locale: string, holiday: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < WEEK.length) {
    if (!days.includes(WEEK[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < WEEK.length && days.includes(WEEK[j + 1])) j++;
    const first = dayName(WEEK[i], locale);
    parts.push(
      j - i >= 2
        ? `${first}–${dayName(WEEK[j], locale)}`
        : j > i
          ? `${first}, ${dayName(WEEK[j], locale)}`
          : first,
    );
    i = j + 1;
  }
  if (days.includes('hol')) parts.push(holiday);
  return parts.join(', ');
}

export function ruleText(rule: Rule, locale: string, holiday: string): string {
  const time = (hhmm: string) => hhmm.replace(/^0/, '');
  return `${daysText(rule.days, locale, holiday)} ${time(rule.open)}–${time(rule.close)}`;
}

/** A "when" for a language note: the rules' days and times, joined. */
export function rulesText(rules: Rule[], lng: string, holiday: string): string {
  return rules.map((r) => ruleText(r, intlLocale(lng), holiday)).join('; ');
}
