import { useT } from '../../lib/use-t';
import { weekdayNames } from '../shared/format';
import type { CardWords } from './card-lines';

/** The card's words in the reader's language. */
export function useCardWords(): CardWords {
  const t = useT(['pocket-card', 'terms']);
  const names = weekdayNames();
  return {
    defaultLabel: (n) => t('defaultLabel', { n }),
    allDay: t('allDay'),
    hoursUnknown: t('hoursUnknown'),
    day: (d) => (d === 'hol' ? t('holiday') : names[d]),
    week: (w) => (w === -1 ? t('weekLast') : t('weekNth', { n: w })),
    language: (code) => t(`terms:lang.${code}`),
  };
}
