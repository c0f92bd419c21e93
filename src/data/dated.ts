// The date a schedule's hours are stated for, given a way to look sources up. Shared by the app's
// catalogue and the build-time extracts.
import type { DatedSchedule, Schedule, Source } from './schema';

/** The newest date any of the given sources states, or null when none states one. */
export function newestStatedIn(
  ids: string[],
  getSource: (id: string) => Pick<Source, 'stated'> | undefined,
): string | null {
  let newest: string | null = null;
  for (const id of ids) {
    const stated = getSource(id)?.stated ?? null;
    if (stated && (!newest || stated > newest)) newest = stated;
  }
  return newest;
}

export function datedWith(
  schedule: Schedule,
  getSource: (id: string) => Pick<Source, 'stated'> | undefined,
): DatedSchedule {
  if (schedule.kind === 'weekly') return { ...schedule, statedAsOf: schedule.asOf };
  if (schedule.kind === 'always')
    return { ...schedule, statedAsOf: newestStatedIn(schedule.sources, getSource) };
  return { ...schedule, statedAsOf: null };
}
