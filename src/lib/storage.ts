// The app's only use of device storage (IndexedDB through idb). Nothing is written unless the
// reader chose "remember on this device". Every call survives private mode, quota errors and
// corrupt records: bad records are dropped and the app goes on with defaults.
import { deleteDB, openDB, type IDBPDatabase } from 'idb';

/** Neutral names: they show on the browser's site-data pages. */
export const DB_NAME = 'calc';
const STORE = 'prefs';

/** The neutral identities the app can wear (their details live in src/shell/identity). */
export const IDENTITY_IDS = ['calc', 'units', 'timer'] as const;
export type IdentityId = (typeof IDENTITY_IDS)[number];

export interface Prefs {
  language?: string;
  identity?: IdentityId;
  unlockCode?: string;
  coverOnHide?: boolean;
  saved?: string[];
}
export type PrefKey = keyof Prefs;

const VALID: { [K in PrefKey]-?: (v: unknown) => v is NonNullable<Prefs[K]> } = {
  language: (v): v is string => typeof v === 'string' && /^[a-zA-Z-]{2,12}$/.test(v),
  identity: (v): v is IdentityId => (IDENTITY_IDS as readonly unknown[]).includes(v),
  unlockCode: (v): v is string => typeof v === 'string' && /^\d{4,8}$/.test(v),
  coverOnHide: (v): v is boolean => typeof v === 'boolean',
  saved: (v): v is string[] =>
    Array.isArray(v) &&
    v.length < 200 &&
    v.every((x) => typeof x === 'string' && /^[a-z0-9-]{1,60}$/.test(x)),
};
const isKey = (k: unknown): k is PrefKey => typeof k === 'string' && k in VALID;

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

function open(): Promise<IDBPDatabase> {
  return openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  });
}

/** Reads what the reader chose to keep. Records that fail their check are deleted. */
export async function loadPrefs(): Promise<Prefs> {
  const prefs: Prefs = {};
  if (!(await hasStoredData())) return prefs;
  try {
    const db = await open();
    const keys = await db.getAllKeys(STORE);
    for (const key of keys) {
      let value: unknown;
      try {
        value = await db.get(STORE, key);
      } catch {
        value = undefined;
      }
      if (isKey(key) && VALID[key](value)) (prefs as Record<string, unknown>)[key] = value;
      else await db.delete(STORE, key).catch(() => undefined);
    }
    db.close();
  } catch {
    // Unreadable database: start with defaults rather than fail.
  }
  return prefs;
}

/** Keeps one choice. Only called once the reader opted in. Returns false when storage failed. */
export async function savePref<K extends PrefKey>(key: K, value: NonNullable<Prefs[K]>): Promise<boolean> {
  if (!VALID[key](value)) return false;
  try {
    const db = await open();
    await db.put(STORE, value, key);
    db.close();
    return true;
  } catch {
    return false;
  }
}

export async function removePref(key: PrefKey): Promise<void> {
  if (!(await hasStoredData())) return;
  try {
    const db = await open();
    await db.delete(STORE, key);
    db.close();
  } catch {
    // nothing stored, or unreadable: nothing to remove
  }
}

/** Forgets every kept choice (the reader turned "remember" off). */
export async function forgetPrefs(): Promise<void> {
  try {
    await deleteDB(DB_NAME);
  } catch {
    // already gone
  }
}

/** Known databases, for browsers without indexedDB.databases(): ours and the tile cache's. */
const KNOWN_DATABASES = [DB_NAME, 'workbox-expiration'];

/**
 * Erase everything the app stored: every IndexedDB database, every Cache Storage entry, local and
 * session storage, and the service worker. Browser history, call logs and synced accounts are
 * out of a web page's reach (the settings screen says so).
 */
export async function eraseEverything(): Promise<void> {
  const steps: Promise<unknown>[] = [];
  try {
    const names =
      typeof indexedDB.databases === 'function'
        ? (await indexedDB.databases()).map((d) => d.name).filter((n): n is string => !!n)
        : KNOWN_DATABASES;
    for (const name of new Set([...names, ...KNOWN_DATABASES]))
      steps.push(deleteDB(name).catch(() => undefined));
  } catch {
    // IndexedDB unavailable: nothing to delete there
  }
  if (typeof caches !== 'undefined') {
    steps.push(
      caches
        .keys()
        .then((keys) => Promise.all(keys.map((k) => caches.delete(k))))
        .catch(() => undefined),
    );
  }
  if ('serviceWorker' in navigator) {
    steps.push(
      navigator.serviceWorker
        .getRegistrations()
        .then((regs) => Promise.all(regs.map((r) => r.unregister())))
        .catch(() => undefined),
    );
  }
  for (const store of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      store?.clear();
    } catch {
      // blocked storage: nothing to clear
    }
  }
  await Promise.all(steps);
}
