import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, eraseEverything, forgetPrefs, hasStoredData, loadPrefs, savePref } from './storage';

beforeEach(async () => {
  await forgetPrefs();
});

describe('storage (opt-in only)', () => {
  it('creates nothing until something is saved', async () => {
    expect(await loadPrefs()).toEqual({});
    expect(await hasStoredData()).toBe(false);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  });

  it('keeps and reads back choices', async () => {
    expect(await savePref('language', 'tl')).toBe(true);
    expect(await savePref('identity', 'units')).toBe(true);
    expect(await savePref('unlockCode', '2580')).toBe(true);
    expect(await loadPrefs()).toEqual({ language: 'tl', identity: 'units', unlockCode: '2580' });
  });

  it('refuses invalid values', async () => {
    expect(await savePref('unlockCode', '12')).toBe(false);
    expect(await savePref('identity', 'news' as 'calc')).toBe(false);
  });

  it('drops corrupt or unknown records and keeps the rest', async () => {
    await savePref('language', 'en');
    const db = await openDB(DB_NAME, 1);
    await db.put('prefs', { evil: true }, 'identity');
    await db.put('prefs', 'x', 'somethingElse');
    db.close();
    expect(await loadPrefs()).toEqual({ language: 'en' });
    const again = await openDB(DB_NAME, 1);
    expect(await again.getAllKeys('prefs')).toEqual(['language']);
    again.close();
  });

  it('survives a database that cannot be opened', async () => {
    const db = await openDB(DB_NAME, 5, { upgrade: (d) => d.createObjectStore('other') });
    db.close();
    // Version 5 has no "prefs" store and open() asks for version 1: reading fails, defaults win.
    expect(await loadPrefs()).toEqual({});
    expect(await savePref('language', 'en')).toBe(false);
  });

  it('erases every database and web storage', async () => {
    await savePref('language', 'en');
    await openDB('workbox-expiration', 1, { upgrade: (d) => d.createObjectStore('x') }).then((d) =>
      d.close(),
    );
    localStorage.setItem('a', '1');
    sessionStorage.setItem('b', '2');
    await eraseEverything();
    expect(await indexedDB.databases()).toEqual([]);
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});
