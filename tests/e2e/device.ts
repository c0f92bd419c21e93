// What the origin holds on the device, read from a plain page of the origin (no app code runs).
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
