import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { PREFS_DB_NAME, PREFS_STORE } from '../config';
import { readRememberedLanguage } from './remembered-language';

/** What the app's storage writes once the reader turned "remember" on (src/lib/storage.ts). */
async function keep(key: string, value: unknown) {
  const db = await openDB(PREFS_DB_NAME, 1, { upgrade: (d) => void d.createObjectStore(PREFS_STORE) });
  await db.put(PREFS_STORE, value, key);
  db.close();
}
const databases = async () => (await indexedDB.databases()).map((d) => d.name);

beforeEach(async () => {
  await deleteDB(PREFS_DB_NAME);
});

describe('service worker: remembered language', () => {
  it('is read without creating anything, and only once kept', async () => {
    expect(await readRememberedLanguage()).toBeUndefined();
    expect(await databases()).not.toContain(PREFS_DB_NAME);
    await keep('identity', 'units');
    expect(await readRememberedLanguage()).toBeUndefined();
    await keep('language', 'ne');
    expect(await readRememberedLanguage()).toBe('ne');
  });
});
