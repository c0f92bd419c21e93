// Loaded after the first paint: open now, or when next, once the clock is known on this device
// (the prerendered page shows only the hours, never a stale "open now").
import type { DatedSchedule } from '../../data/schema';
import { openNow } from '../../engines/open-now';
import { StatusBadge } from '../shared/status-badge';
import { useClock } from '../shared/use-clock';

// With the status code, so the first render of a status already knows the holidays.
export { loadHolidays } from '../../lib/holidays';

export function LineStatus({ hours }: { hours: DatedSchedule }) {
  const { now, holidays } = useClock();
  return <StatusBadge status={openNow(hours, now, holidays)} now={now} />;
}
