/// <reference lib="webworker" />
// The language the reader kept with "remember on this device", read-only. The database exists only
// when they turned "remember" on; it is never created or changed here (opening a missing one would
// create it, so its existence is checked first).
import { openDB } from 'idb';
import { PREFS_DB_NAME, PREFS_STORE } from '../config';

export async function readRememberedLanguage(): Promise<unknown> {
  try {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === PREFS_DB_NAME)) return undefined;
    const db = await openDB(PREFS_DB_NAME);
    try {
      if (!db.objectStoreNames.contains(PREFS_STORE)) return undefined;
      return await db.get(PREFS_STORE, 'language');
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}
