// A weekly rule as a reader reads it: "Mon–Fri 9:00–16:00", weekday names from Intl.
import type { Rule } from '../data/schema';

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function dayName(day: (typeof WEEK)[number], locale: string): string {
  // 2024-01-01 was a Monday.
  const at = new Date(Date.UTC(2024, 0, 1 + WEEK.indexOf(day)));
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' }).format(at);
}

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

/** Intl has no tag for やさしい日本語: its dates are Japanese. */
export const intlLocale = (lng: string): string => (lng === 'ja-x-easy' ? 'ja' : lng);

/** A "when" for a language note: the rules' days and times, joined. */
export function rulesText(rules: Rule[], lng: string, holiday: string): string {
  return rules.map((r) => ruleText(r, intlLocale(lng), holiday)).join('; ');
}
