import { useEffect, useState } from 'preact/hooks';
import type { HolidayLookup } from '../../engines/open-now';
import { loadedHolidays, loadHolidays } from '../../lib/holidays';

const NOT_LOADED: HolidayLookup = { isHoliday: () => null };

/** The current time (refreshed every minute) and the holiday calendar for it. */
export function useClock(): { now: Date; holidays: HolidayLookup } {
  const [now, setNow] = useState(() => new Date());
  // Already loaded (an earlier screen, the start screen's parts): the first render is the final one.
  const [holidays, setHolidays] = useState<HolidayLookup>(() => loadedHolidays(now) ?? NOT_LOADED);
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    let live = true;
    void loadHolidays(now).then((h) => live && setHolidays(h));
    return () => {
      live = false;
    };
  }, [now.getUTCFullYear()]);
  return { now, holidays };
}
