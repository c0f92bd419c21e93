// A window's open/closed state across its channels (e.g. DV相談＋: phone 24 h, chat 12–22).
import type { Window } from '../data/schema';
import { channelHours } from '../data/catalogue';
import { openNow, type HolidayLookup, type OpenState } from './open-now';
import { compareOpenStates } from './open-rank';

export function windowStatus(w: Window, at: Date, holidays: HolidayLookup): OpenState {
  const usable = w.channels.filter((c) => c.confidence !== 'unknown');
  // No way to reach it: whatever its hours, "open now" would promise something nobody can use.
  if (usable.length === 0) return { state: 'unknown', note: null };
  const candidates = usable.map((c) => openNow(channelHours(w, c), at, holidays));
  return candidates.reduce((best, s) => (compareOpenStates(s, best, at) < 0 ? s : best));
}
