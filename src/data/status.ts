// A window's open/closed state across its channels (e.g. DV相談＋: phone 24 h, chat 12–22).
import type { Window } from './schema';
import { openNow, type HolidayLookup, type OpenState } from '../engines/open-now';
import { channelHours } from './catalogue';

const rank = (s: OpenState) =>
  s.state === 'open' ? (s.confident ? 0 : 1) : s.state === 'closed' ? (s.confident ? 3 : 2) : 4;

export function windowStatus(w: Window, at: Date, holidays: HolidayLookup): OpenState {
  const usable = w.channels.filter((c) => c.confidence !== 'unknown');
  // No way to reach it: whatever its hours, "open now" would promise something nobody can use.
  if (usable.length === 0) return { state: 'unknown', note: null };
  const candidates = usable.map((c) => openNow(channelHours(w, c), at, holidays));
  return candidates.reduce((best, s) => {
    if (rank(s) !== rank(best)) return rank(s) < rank(best) ? s : best;
    if (
      s.state === 'closed' &&
      best.state === 'closed' &&
      s.opensAt &&
      (!best.opensAt || s.opensAt < best.opensAt)
    ) {
      return s;
    }
    return best;
  });
}
