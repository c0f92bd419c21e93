// The first question's urgent block (110 and the 24-hour lines open now), shown once someone answers
// that they may be in danger. A part of its own: it needs the whole catalogue, which the question
// itself does not, so the first question opens without waiting for it.
import type { Answers } from '../../engines/recommend';
import { DangerNow } from './danger-now';
import { useRecommendation } from './use-recommendation';

export function DangerLines({ answers }: { answers: Answers }) {
  const { rec, now, holidays } = useRecommendation(answers);
  return <DangerNow urgent={rec.urgent} now={now} holidays={holidays} />;
}
