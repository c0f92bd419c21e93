// A reason code from the engine, in the reader's words.
import i18next, { type TFunction } from 'i18next';
import { getWindow } from '../../data/catalogue';
import type { Day, Window } from '../../data/schema';
import type { NeedAnswer, Reason } from '../../engines/recommend';
import { listFormat } from '../../lib/intl-format';
import { weekdayNames } from '../shared/format';
import { windowText } from '../shared/window-text';

const ALL_WEEK: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Short names of what a window helps with (the finder's labels), not the questionnaire's long options. */
const NEED_LABELS: Record<NeedAnswer, string[]> = {
  talk: ['need.talk'],
  shelter: ['need.shelter'],
  legal: ['need.legal'],
  'money-housing-work': ['need.money', 'need.housing', 'need.work'],
  'health-mental': ['need.health', 'need.mental'],
  'school-childcare': ['need.school'],
  'address-protection': ['need.address-protection'],
  disability: ['who.disability'],
  'cant-talk-now': [],
  'cant-hear-speak': [],
};

function listOf(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const lng = i18next.language === 'ja-x-easy' ? 'ja' : i18next.language;
  try {
    return listFormat(lng, { style: 'short', type }).format(items);
  } catch {
    return items.join(', ');
  }
}

function daysText(t: TFunction, days: Day[], weeks?: number[]): string {
  const names = weekdayNames();
  const text = ALL_WEEK.every((d) => days.includes(d))
    ? t('reason.everyDay')
    : listOf(days.map((d) => (d === 'hol' ? t('reason.holiday') : names[d])));
  if (!weeks) return text;
  const nth = weeks.map((n) => (n === -1 ? t('reason.weekLast') : t('reason.weekNth', { n })));
  return t('reason.weeks', { days: text, weeks: nth.join(i18next.language.startsWith('ja') ? '・' : ', ') });
}

/** One line per reason; the route windows are gathered into one "ask through" line. */
export function reasonLines(t: TFunction, w: Window, reasons: readonly Reason[]): string[] {
  const lines: string[] = [];
  const via: string[] = [];
  for (const r of reasons) {
    switch (r.code) {
      case 'need':
        lines.push(
          t('reason.need', {
            need: listOf(
              NEED_LABELS[r.need].map((k) => t(`terms:${k}`)),
              'disjunction',
            ),
          }),
        );
        break;
      case 'language':
      case 'language-day': {
        const lang = t(`terms:lang.${r.lang}`);
        const channels = listOf(
          r.via.map((k) => t(`via.${k}`)),
          'disjunction',
        );
        if (r.code === 'language') lines.push(t('reason.language', { lang, via: channels }));
        else {
          const days = daysText(t, r.days, r.weeks);
          lines.push(t('reason.language-day', { lang, via: channels, days, open: r.open, close: r.close }));
        }
        break;
      }
      case 'no-speaking': {
        const via = (kinds: string[]) =>
          listOf(
            kinds.map((k) => t(`via.${k}`)),
            'disjunction',
          );
        lines.push(t('reason.no-speaking', { via: via(r.via) }));
        if (r.openNow.length > 0) lines.push(t('reason.no-speaking-open', { via: via(r.openNow) }));
        break;
      }
      case 'eligibility-note':
        lines.push(t('reason.eligibility-note', { note: windowText(w, 'eligibility') }));
        break;
      case 'reach-via': {
        const target = getWindow(r.via);
        if (target) via.push(windowText(target, 'name'));
        break;
      }
      default:
        lines.push(t(`reason.${r.code}`));
    }
  }
  if (via.length > 0) lines.push(t('reason.reach-via', { names: listOf(via, 'disjunction') }));
  return lines;
}
