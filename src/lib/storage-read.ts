// The read-only half of src/lib/storage.ts (which re-exports it). The service worker has its own
// read-only look at the remembered language (src/sw/remembered-language.ts), on the same names.
import { openDB } from 'idb';

import { PREFS_DB_NAME, PREFS_STORE } from '../config';

export const DB_NAME = PREFS_DB_NAME;
export const STORE = PREFS_STORE;

export const isValidLanguage = (v: unknown): v is string =>
  typeof v === 'string' && /^[a-zA-Z-]{2,12}$/.test(v);

/** True when this app has stored something (without creating the database to find out). */
export async function hasStoredData(): Promise<boolean> {
  try {
    if (typeof indexedDB.databases === 'function') {
      return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
    }
    // No databases(): open without an upgrade. A missing database would be created, so abort that.
    let existed = true;
    const db = await openDB(DB_NAME, undefined, {
      upgrade(_db, _old, _new, tx) {
        existed = false;
        tx.abort();
      },
    }).catch(() => null);
    db?.close();
    return existed && db !== null;
  } catch {
    return false;
  }
}
