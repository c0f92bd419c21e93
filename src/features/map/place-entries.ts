// What the place list shows: every place (placed on the map or not), the windows you can visit or
// apply at there, narrowed to a ward chosen by hand, and nearest first once a position is shared.
import type { Place, Window } from '../../data/schema';
import { distanceMetres, type LatLon } from './distance';

export interface PlaceEntry {
  place: Place;
  /** The number on its map marker; null when the place has no printed coordinate. */
  marker: number | null;
  windows: Window[];
  /** Metres from the shared position; null without one or without a coordinate. */
  distance: number | null;
}

/** Windows whose visit/apply channels name the place, in catalogue order, each once. */
export function windowsByPlace(windows: Window[]): Map<string, Window[]> {
  const byPlace = new Map<string, Window[]>();
  for (const w of windows) {
    for (const c of w.channels) {
      if (c.kind !== 'visit' && c.kind !== 'apply') continue;
      for (const id of c.places) {
        const list = byPlace.get(id) ?? [];
        if (!list.includes(w)) list.push(w);
        byPlace.set(id, list);
      }
    }
  }
  return byPlace;
}

/** Marker numbers 1, 2, … in catalogue order, so a number means the same place in every view. */
export function markerNumbers(places: Place[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const p of places) if (p.coords) numbers.set(p.id, numbers.size + 1);
  return numbers;
}

export interface EntryFilter {
  /** Ward code (N03_007), or null for the whole city. */
  ward: string | null;
  from: LatLon | null;
}

export function placeEntries(places: Place[], windows: Window[], { ward, from }: EntryFilter): PlaceEntry[] {
  const byPlace = windowsByPlace(windows);
  const numbers = markerNumbers(places);
  const entries = places
    .filter((p) => ward === null || p.ward === ward)
    .map((place) => ({
      place,
      marker: numbers.get(place.id) ?? null,
      windows: byPlace.get(place.id) ?? [],
      distance: from && place.coords ? distanceMetres(from, place.coords) : null,
    }));
  if (!from) return entries;
  // Nearest first; places without a coordinate keep their order at the end.
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.distance ?? Infinity) - (b.e.distance ?? Infinity) || a.i - b.i)
    .map(({ e }) => e);
}
