// The catalogue for the app: the JSON files (validated at build time) with typed access. Imported
// only by lazy screens, so no data is on the first paint. The plan's programmes are separate
// (./programmes.ts): only the plan browser needs them.
import sourcesJson from './sources.json';
import placesJson from './places.json';
import national from './windows/national.json';
import prefecture from './windows/prefecture.json';
import city from './windows/city.json';
import readingsJson from './readings.json';
import type { Channel, DatedSchedule, Place, Schedule, Source, Window } from './schema';
import { datedWith, newestStatedIn } from './dated';

// Safe casts: vite.config.ts validates every file against src/data/schema.ts before a build.
export const windows = [...national, ...prefecture, ...city] as unknown as Window[];
export const places = placesJson as unknown as Place[];
// The app's build drops the quoted passages (plugins/catalogue.ts runtimeSources): no screen shows them.
export type RuntimeSource = Omit<Source, 'quotes'>;
export const sources = sourcesJson as unknown as RuntimeSource[];

const windowById = new Map(windows.map((w) => [w.id, w]));
const placeById = new Map(places.map((p) => [p.id, p]));
const sourceById = new Map(sources.map((s) => [s.id, s]));

export const getWindow = (id: string): Window | undefined => windowById.get(id);
export const getPlace = (id: string): Place | undefined => placeById.get(id);
export const getSource = (id: string): RuntimeSource | undefined => sourceById.get(id);

// Kana readings of the official names, for やさしい日本語 readers (romaji is in each window). Kept in
// a file of their own so corrections to the windows and to the readings never collide.
const readings = readingsJson as Record<string, string>;
export const kanaReading = (id: string): string | undefined => readings[id];

/** When the data was gathered: the newest `retrieved` date of any window. */
export const DATA_AS_OF = windows.reduce((max, w) => (w.retrieved > max ? w.retrieved : max), '');

/** The newest date any of the given sources states, or null when none states one. */
export const newestStated = (ids: string[]): string | null => newestStatedIn(ids, getSource);

export const dated = (schedule: Schedule): DatedSchedule => datedWith(schedule, getSource);

/** The hours that apply to a channel (its own, or the window's). */
export function channelHours(window: Window, channel?: Channel): DatedSchedule {
  return dated(channel?.hours ?? window.hours);
}

/** Windows a programme relates to. */
export function windowsForProgramme(no: number): Window[] {
  return windows.filter((w) => w.programmes.includes(no));
}
