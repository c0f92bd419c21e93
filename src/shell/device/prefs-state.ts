// WARNING: part of the main bundle (no idb here: storage is imported only when needed).
// What the reader chose to keep, held in memory. Written to the device only when "remember on
// this device" is on; otherwise these choices last for this visit.
import { useEffect, useState } from 'preact/hooks';
import type { Prefs, PrefKey } from '../../lib/storage';

let remembering = false;
let prefs: Prefs = {};
const listeners = new Set<() => void>();

/** Components that show kept choices (saved windows) re-render when they change. */
export function onPrefsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((l) => l());

export const isRemembering = (): boolean => remembering;
export const currentPrefs = (): Readonly<Prefs> => prefs;

/** Called at start-up with what was stored (only if anything was). */
export function restorePrefs(stored: Prefs): void {
  prefs = { ...stored };
  remembering = Object.keys(stored).length > 0;
  changed();
}

export async function setPref<K extends PrefKey>(key: K, value: Prefs[K]): Promise<void> {
  prefs = { ...prefs, [key]: value };
  changed();
  if (!remembering) return;
  const storage = await import('../../lib/storage');
  if (value === undefined) await storage.removePref(key);
  else await storage.savePref(key, value);
}

/** Turns "remember on this device" on (saves the current choices) or off (deletes them). */
export async function setRemembering(on: boolean): Promise<void> {
  remembering = on;
  if (!on) prefs = { ...prefs, saved: undefined };
  changed();
  const storage = await import('../../lib/storage');
  if (!on) {
    await storage.forgetPrefs();
    return;
  }
  // A marker so that remembering survives even before any other choice is made.
  prefs = { coverOnHide: prefs.coverOnHide ?? true, ...prefs };
  for (const [key, value] of Object.entries(prefs) as [PrefKey, Prefs[PrefKey]][]) {
    if (value !== undefined) await storage.savePref(key, value);
  }
}

/** Deletes everything the app stored on this device, and the choices held for this visit. */
export async function eraseDevice(): Promise<void> {
  const storage = await import('../../lib/storage');
  await storage.eraseEverything();
  prefs = {};
  remembering = false;
  changed();
}

/** A disguise is active once an unlock code was chosen (the identity defaults to the calculator). */
export function disguiseActive(): boolean {
  return !!prefs.unlockCode;
}

/** Windows the reader kept on this device (only while "remember" is on). */
export const savedWindows = (): readonly string[] => (remembering ? (prefs.saved ?? []) : []);

export function toggleSaved(id: string): Promise<void> {
  const saved = prefs.saved ?? [];
  return setPref('saved', saved.includes(id) ? saved.filter((s) => s !== id) : [...saved, id]);
}

/** Re-renders the calling component whenever kept choices change (e.g. restored at start-up). */
export function usePrefsChanges(): void {
  const [, setTick] = useState(0);
  useEffect(() => onPrefsChange(() => setTick((n) => n + 1)), []);
}
