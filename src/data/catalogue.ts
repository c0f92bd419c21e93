// The catalogue for the app: the JSON files (validated at build time) with typed access. Imported
// only by lazy screens, so no data is on the first paint. The plan's programmes are separate
// (./programmes.ts): only the plan browser needs them.
import sourcesJson from './sources.json';
import placesJson from './places.json';
import national from './windows/national.json';
import prefecture from './windows/prefecture.json';
import city from './windows/city.json';
import type { Channel, DatedSchedule, Place, Schedule, Source, Window } from './schema';

// Safe casts: vite.config.ts validates every file against src/data/schema.ts before a build.
export const windows = [...national, ...prefecture, ...city] as unknown as Window[];
export const places = placesJson as unknown as Place[];
export const sources = sourcesJson as unknown as Source[];

const windowById = new Map(windows.map((w) => [w.id, w]));
const placeById = new Map(places.map((p) => [p.id, p]));
const sourceById = new Map(sources.map((s) => [s.id, s]));

export const getWindow = (id: string): Window | undefined => windowById.get(id);
export const getPlace = (id: string): Place | undefined => placeById.get(id);
export const getSource = (id: string): Source | undefined => sourceById.get(id);

/** When the data was gathered: the newest `retrieved` date of any window. */
export const DATA_AS_OF = windows.reduce((max, w) => (w.retrieved > max ? w.retrieved : max), '');

/** The newest date any of the given sources states, or null when none states one. */
export function newestStated(ids: string[]): string | null {
  let newest: string | null = null;
  for (const id of ids) {
    const stated = sourceById.get(id)?.stated ?? null;
    if (stated && (!newest || stated > newest)) newest = stated;
  }
  return newest;
}

export function dated(schedule: Schedule): DatedSchedule {
  if (schedule.kind === 'weekly') return { ...schedule, statedAsOf: schedule.asOf };
  if (schedule.kind === 'always') return { ...schedule, statedAsOf: newestStated(schedule.sources) };
  return { ...schedule, statedAsOf: null };
}

/** The hours that apply to a channel (its own, or the window's). */
export function channelHours(window: Window, channel?: Channel): DatedSchedule {
  return dated(channel?.hours ?? window.hours);
}

/** Windows a programme relates to. */
export function windowsForProgramme(no: number): Window[] {
  return windows.filter((w) => w.programmes.includes(no));
}
