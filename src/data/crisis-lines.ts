// The three lines the home screen shows before any JavaScript or data loads. Extracted from the
// validated catalogue at build time (virtual:crisis-lines) so the first paint carries no data file.
import type { Window } from './schema';

export const CRISIS_IDS = ['police-110', 'dv-plus', 'dv-navi-8008'] as const;

export interface CrisisLine {
  id: string;
  name: string;
  number: string;
  always: boolean;
  freeCall: boolean;
}

export function crisisLines(windows: Window[], ids: readonly string[]): CrisisLine[] {
  return ids.map((id) => {
    const w = windows.find((x) => x.id === id);
    const tel = w?.channels.find((c) => c.kind === 'tel' && c.number !== null && !c.audience);
    if (!w || !tel || tel.kind !== 'tel' || tel.number === null) {
      throw new Error(`src/data/windows: crisis line "${id}" needs a window with a sourced phone number`);
    }
    const schedule = tel.hours ?? w.hours;
    return {
      id,
      name: w.name,
      number: tel.number,
      always: schedule.kind === 'always' && schedule.confidence === 'high',
      freeCall: tel.freeCall === true,
    };
  });
}
