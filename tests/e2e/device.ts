// What the origin holds on the device, read from a plain page of the origin (no app code runs).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ORIGIN, type Session } from './browser';

export async function deviceState(session: Session) {
  const probe = await session.context.newPage();
  await probe.goto(`${ORIGIN}/robots.txt`);
  const state = await probe.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
  }));
  await probe.close();
  return state;
}

/** The choices kept in the app's database, read from a plain page of the origin. */
export async function storedPrefs(session: Session): Promise<Record<string, unknown>> {
  const probe = await session.context.newPage();
  await probe.goto(`${ORIGIN}/robots.txt`);
  const prefs = await probe.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve) => {
        const req = indexedDB.open('calc');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('prefs')) return resolve({});
          const out: Record<string, unknown> = {};
          const cursor = db.transaction('prefs').objectStore('prefs').openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) return resolve(out);
            out[String(c.key)] = c.value;
            c.continue();
          };
        };
      }),
  );
  await probe.close();
  return prefs;
}

/** Writes raw records into the app's database from the page (to test how bad data is handled). */
export async function putStoredRecords(page: Page, records: [key: string, value: unknown][]): Promise<void> {
  await page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('calc');
        req.onsuccess = () => {
          const tx = req.result.transaction('prefs', 'readwrite');
          for (const [key, value] of entries) tx.objectStore('prefs').put(value, key);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error('write failed'));
        };
      }),
    records,
  );
}

/** Nothing on the device (no database, storage or cookie) and no request to another origin. */
export async function expectNothingStoredOrSent(session: Session): Promise<void> {
  const state = await deviceState(session);
  expect({ ...state, caches: undefined, workers: undefined }).toEqual({
    databases: [],
    caches: undefined,
    workers: undefined,
    local: 0,
    session: 0,
    cookies: '',
  });
  expect(session.requests.filter((u) => !u.startsWith(ORIGIN) && !u.startsWith('data:'))).toEqual([]);
}
