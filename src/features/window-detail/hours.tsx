import type { DatedSchedule, Rule } from '../../data/schema';
import { isConfident, type HolidayLookup } from '../../engines/open-now';
import { tokyoDay } from '../../engines/tokyo-time';
import { useT } from '../../lib/use-t';
import { formatDate, weekdayNames } from '../shared/format';

const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function appliesToday(rule: Rule, todayKey: Rule['days'][number], isHoliday: boolean | null): boolean {
  if (isHoliday) return rule.days.includes('hol');
  return rule.days.includes(todayKey);
}

/** A schedule as a reader reads it: days, times and languages, with today's rows marked. */
export function Hours({
  schedule,
  now,
  holidays,
}: {
  schedule: DatedSchedule;
  now: Date;
  holidays: HolidayLookup;
}) {
  const t = useT(['detail', 'terms', 'windows']);
  if (schedule.kind === 'unknown') {
    return (
      <div class="hours">
        <p>{t('hoursUnknown')}</p>
        {schedule.note && <p>{t(`windows:hoursNotes.${schedule.note}`)}</p>}
      </div>
    );
  }
  const dates = (
    <>
      {schedule.between && (
        <p>
          {t('hoursBetween', {
            from: formatDate(schedule.between.from),
            until: formatDate(schedule.between.until),
          })}
        </p>
      )}
      {(schedule.closures ?? []).map((c) => (
        <p key={c.from}>{t('hoursClosedPeriod', { from: formatDate(c.from), until: formatDate(c.until) })}</p>
      ))}
    </>
  );
  const confident = isConfident(schedule, now);
  const usually = !confident && (
    <p class="confirm">
      <span aria-hidden="true">⚠ </span>
      {t('usually', { asOf: schedule.statedAsOf ? formatDate(schedule.statedAsOf) : '—' })}
    </p>
  );
  if (schedule.kind === 'always') {
    return (
      <div class="hours">
        <p>{t('allDay')}</p>
        {dates}
        {usually}
      </div>
    );
  }
  const names = weekdayNames();
  const today = tokyoDay(now);
  const todayKey = DAY_KEYS[today.weekday];
  const holidayToday = holidays.isHoliday(today.ymd);
  const dayLabel = (d: Rule['days'][number]) => (d === 'hol' ? t('holiday') : names[d]);
  return (
    <div class="hours">
      {usually}
      {dates}
      <ul class="hours-rows">
        {schedule.rules.map((r, i) => {
          const isToday = appliesToday(r, todayKey, holidayToday);
          const weeks = r.weeks?.map((w) => (w === -1 ? t('weekLast') : t('weekNth', { n: w }))).join('・');
          return (
            <li key={i} class={isToday ? 'today' : undefined}>
              {isToday && <strong class="today-label">{t('today')}: </strong>}
              {weeks && <span>{weeks} </span>}
              <span>{r.days.map(dayLabel).join('・')}</span>{' '}
              <span class="time" dir="ltr">
                {r.open}–{r.close}
              </span>
              {r.languages && <span> ({r.languages.map((l) => t('terms:lang.' + l)).join(', ')})</span>}
            </li>
          );
        })}
      </ul>
      {schedule.holidays === 'closed' && <p>{t('holidaysClosed')}</p>}
      {schedule.holidays === 'unspecified' && <p>{t('holidaysUnspecified')}</p>}
      {schedule.yearEnd === 'closed' && <p>{t('yearEndClosed')}</p>}
      {schedule.yearEnd === 'closed' && schedule.yearEndConfidence === 'medium' && (
        <p class="confirm">{t('pleaseConfirm')}</p>
      )}
      {schedule.yearEnd === 'unspecified' && <p>{t('yearEndUnspecified')}</p>}
    </div>
  );
}
