import { useMemo } from 'preact/hooks';
import { channelHours, windows } from '../../data/catalogue';
import type { HolidayLookup } from '../../engines/open-now';
import { recommend, type Answers, type Recommendation } from '../../engines/recommend';
import { useClock } from '../shared/use-clock';
import { effectiveAnswers } from './flow';

/** The engine's answer for the current answers, now (refreshed each minute). */
export function useRecommendation(answers: Answers): {
  rec: Recommendation;
  now: Date;
  holidays: HolidayLookup;
} {
  const { now, holidays } = useClock();
  const rec = useMemo(
    () => recommend(effectiveAnswers(answers), windows, now, { holidays, dated: channelHours }),
    [answers, now, holidays],
  );
  return { rec, now, holidays };
}
