// The read-only half of src/lib/storage.ts (which re-exports it): also used by the service worker,
// which may look at the remembered language but never writes or creates anything.
import { openDB } from 'idb';

/** Neutral names: they show on the browser's site-data pages. */
export const DB_NAME = 'calc';
export const STORE = 'prefs';

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

/**
 * The remembered language, read-only (the service worker picks the start page with it). Never
 * creates the database: without "remember on this device" there is nothing to read.
 */
export async function readRememberedLanguage(): Promise<string | undefined> {
  if (!(await hasStoredData())) return undefined;
  try {
    const db = await openDB(DB_NAME);
    try {
      if (!db.objectStoreNames.contains(STORE)) return undefined;
      const value: unknown = await db.get(STORE, 'language');
      return isValidLanguage(value) ? value : undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}
