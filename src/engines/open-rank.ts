// The one order in which open states are ranked everywhere (finder, recommend, window status):
// open > usually open (hours not confirmed) > opens later today > closed > unknown. Lower is better.
// Unknown comes last: "we don't know" must never outrank a window known to open.
import type { OpenState } from './open-now';
import { tokyoDay } from './tokyo-time';

export const OPEN_RANK = { open: 0, usuallyOpen: 1, opensLaterToday: 2, closed: 3, unknown: 4 } as const;

export function openRank(s: OpenState, at: Date): number {
  if (s.state === 'open') return s.confident ? OPEN_RANK.open : OPEN_RANK.usuallyOpen;
  if (s.state === 'closed') {
    const today = s.opensAt !== null && tokyoDay(s.opensAt).ymd === tokyoDay(at).ymd;
    return today ? OPEN_RANK.opensLaterToday : OPEN_RANK.closed;
  }
  return OPEN_RANK.unknown;
}

/** Orders two states of the same moment: by rank, then the one that opens sooner. */
export function compareOpenStates(a: OpenState, b: OpenState, at: Date): number {
  const byRank = openRank(a, at) - openRank(b, at);
  if (byRank !== 0) return byRank;
  const aOpens = a.state === 'closed' ? a.opensAt?.getTime() : undefined;
  const bOpens = b.state === 'closed' ? b.opensAt?.getTime() : undefined;
  if (aOpens !== undefined && bOpens !== undefined) return aOpens - bOpens;
  return aOpens !== undefined ? -1 : bOpens !== undefined ? 1 : 0;
}
