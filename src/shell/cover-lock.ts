// WARNING: part of the main bundle.
// Leaving the cover: the reader types their unlock code into the cover tool. The tools report every
// committed entry; only a match does anything, and a wrong code changes nothing on screen.
import { currentPrefs } from './device/prefs-state';
import { shellNavigator } from './navigation';

let practising = false;

export function tryUnlock(code: string): void {
  const expected = currentPrefs().unlockCode;
  if (!expected || code !== expected) return;
  shellNavigator().home();
}

/** The neutral settings reachable from the cover (erase all data). */
export function coverSettings(): void {
  shellNavigator().go({ name: 'cover-settings' });
}

export const isPractising = (): boolean => practising;
export function setPractising(on: boolean): void {
  practising = on;
}
