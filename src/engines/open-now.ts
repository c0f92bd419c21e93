// Is a window open at a given moment? Pure: the holiday calendar is passed in, the clock too.
import type { ContentLang, DatedSchedule, Rule, Schedule } from '../data/schema';
import { addDays, parseHHMM, tokyoDay, tokyoInstant, tokyoMinutes, type TokyoDay } from './tokyo-time';
import { hasDates, nextDayNotShut, shutByDate } from './schedule-dates';

/** Japanese public holidays; null when the date lies outside the years loaded. */
export interface HolidayLookup {
  isHoliday(ymd: string): boolean | null;
}

export type OpenState =
  | {
      state: 'open';
      confident: boolean;
      allDay: boolean;
      until: Date | null;
      languages: ContentLang[] | null;
    }
  | { state: 'closed'; confident: boolean; opensAt: Date | null }
  | { state: 'unknown'; note: string | null };

interface Interval {
  start: number;
  end: number;
  languages: ContentLang[] | null;
}
type DayPlan = Interval[] | 'unknown';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const STALE_AFTER_YEARS = 2;
const SEARCH_DAYS = 15;

/** Hours older than two years, or of less than high confidence, never give a confident answer. */
export function isConfident(schedule: DatedSchedule, at: Date): boolean {
  if (schedule.kind === 'unknown' || schedule.confidence !== 'high') return false;
  // A year-end rule from a weaker source than the rest of the hours.
  const yearEndWeak =
    schedule.kind === 'weekly' && schedule.yearEndConfidence && schedule.yearEndConfidence !== 'high';
  if (yearEndWeak && isYearEnd(tokyoDay(at))) return false;
  if (!schedule.statedAsOf) return true;
  const [y, m = 1, d = 1] = schedule.statedAsOf.split('-').map(Number);
  return (
    tokyoInstant(`${y + STALE_AFTER_YEARS}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 0) >
    at
  );
}

function weekOfMonth(day: TokyoDay): { nth: number; last: boolean } {
  const daysInMonth = new Date(Date.UTC(day.year, day.month, 0)).getUTCDate();
  return { nth: Math.ceil(day.day / 7), last: day.day + 7 > daysInMonth };
}

function ruleApplies(rule: Rule, dayName: Rule['days'][number], day: TokyoDay): boolean {
  if (!rule.days.includes(dayName)) return false;
  if (!rule.weeks || dayName === 'hol') return true;
  const { nth, last } = weekOfMonth(day);
  return rule.weeks.some((w) => (w === -1 ? last : w === nth));
}

function isYearEnd(day: TokyoDay): boolean {
  return (day.month === 12 && day.day >= 29) || (day.month === 1 && day.day <= 3);
}

function toIntervals(rules: Rule[]): Interval[] {
  return rules.map((r) => {
    const start = parseHHMM(r.open);
    const close = parseHHMM(r.close);
    return { start, end: close <= start ? close + 1440 : close, languages: r.languages ?? null };
  });
}

/** The opening intervals of one Tokyo day, in minutes from its midnight (end may pass 24:00). */
export function dayPlan(schedule: Schedule, ymd: string, holidays: HolidayLookup): DayPlan {
  if (schedule.kind === 'unknown') return 'unknown';
  if (shutByDate(schedule, ymd)) return [];
  if (schedule.kind === 'always') return [{ start: 0, end: 1440, languages: null }];
  const day = tokyoDay(tokyoInstant(ymd, 12 * 60));
  if (isYearEnd(day)) {
    if (schedule.yearEnd === 'closed') return [];
    if (schedule.yearEnd === 'unspecified') return 'unknown';
  }
  const weekday = WEEKDAYS[day.weekday];
  const weekdayRules = () => toIntervals(schedule.rules.filter((r) => ruleApplies(r, weekday, day)));
  if (schedule.holidays === 'open') return weekdayRules();
  const holiday = holidays.isHoliday(ymd);
  if (holiday === null) return 'unknown';
  if (!holiday) return weekdayRules();
  if (schedule.holidays === 'closed') return [];
  if (schedule.holidays === 'unspecified') return 'unknown';
  return toIntervals(schedule.rules.filter((r) => ruleApplies(r, 'hol', day)));
}

/** When does the window next open after `at`? null: not within two weeks; 'unknown': cannot tell. */
export function nextOpening(schedule: Schedule, at: Date, holidays: HolidayLookup): Date | null | 'unknown' {
  const today = tokyoDay(at).ymd;
  const now = tokyoMinutes(at);
  let ymd: string | null = today;
  for (let i = 0; i < SEARCH_DAYS && ymd; i++) {
    // Days its dates shut (a closure, before a campaign) are skipped without using up the search.
    if (schedule.kind !== 'unknown') ymd = nextDayNotShut(schedule, ymd);
    if (!ymd) return null;
    const plan = dayPlan(schedule, ymd, holidays);
    if (plan === 'unknown') return 'unknown';
    const starts = plan.map((iv) => iv.start).filter((s) => ymd !== today || s > now);
    if (starts.length > 0) return tokyoInstant(ymd, Math.min(...starts));
    ymd = addDays(ymd, 1);
  }
  return null;
}

function findOpenInterval(
  schedule: Schedule,
  at: Date,
  holidays: HolidayLookup,
): (Interval & { ymd: string }) | 'unknown' | null {
  const today = tokyoDay(at).ymd;
  const now = tokyoMinutes(at);
  const yesterday = addDays(today, -1);
  const prev = dayPlan(schedule, yesterday, holidays);
  const cur = dayPlan(schedule, today, holidays);
  if (prev !== 'unknown') {
    const overnight = prev.find((iv) => iv.end > 1440 && now < iv.end - 1440);
    if (overnight) return { ...overnight, ymd: yesterday };
  }
  if (cur === 'unknown') return 'unknown';
  const open = cur.find((iv) => iv.start <= now && now < iv.end);
  if (open) return { ...open, ymd: today };
  // Yesterday's hours are unknown and could run past midnight into now.
  if (
    prev === 'unknown' &&
    schedule.kind === 'weekly' &&
    toIntervals(schedule.rules).some((iv) => iv.end > 1440)
  ) {
    return 'unknown';
  }
  return null;
}

/** Follows back-to-back intervals (e.g. 18:15–24:00 then 0:00–8:30) to the real closing time. */
function closingTime(
  schedule: Schedule,
  open: Interval & { ymd: string },
  holidays: HolidayLookup,
): Date | null {
  let ymd = open.ymd;
  let end = open.end;
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const nextYmd = end >= 1440 ? addDays(ymd, 1) : ymd;
    const nextEnd = end >= 1440 ? end - 1440 : end;
    const plan = dayPlan(schedule, nextYmd, holidays);
    if (plan === 'unknown') return tokyoInstant(ymd, end);
    const cont = plan.find((iv) => iv.start <= nextEnd && iv.end > nextEnd);
    if (!cont) return tokyoInstant(ymd, end);
    ymd = nextYmd;
    end = cont.end;
  }
  return null;
}

export function openNow(schedule: DatedSchedule, at: Date, holidays: HolidayLookup): OpenState {
  if (schedule.kind === 'unknown') return { state: 'unknown', note: schedule.note ?? null };
  const confident = isConfident(schedule, at);
  if (schedule.kind === 'always' && !hasDates(schedule))
    return { state: 'open', confident, allDay: true, until: null, languages: null };
  const open = findOpenInterval(schedule, at, holidays);
  if (open === 'unknown') return { state: 'unknown', note: null };
  if (open) {
    return {
      state: 'open',
      confident,
      allDay: schedule.kind === 'always',
      until: closingTime(schedule, open, holidays),
      languages: open.languages,
    };
  }
  const next = nextOpening(schedule, at, holidays);
  if (next === 'unknown') return { state: 'closed', confident: false, opensAt: null };
  return { state: 'closed', confident, opensAt: next };
}
