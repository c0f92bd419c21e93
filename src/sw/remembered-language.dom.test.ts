import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, forgetPrefs, savePref } from '../lib/storage';
import { readRememberedLanguage } from './remembered-language';

beforeEach(async () => {
  await forgetPrefs();
});

describe('service worker: remembered language', () => {
  it('the remembered language is read without creating anything (the service worker reads it)', async () => {
    expect(await readRememberedLanguage()).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    await savePref('identity', 'units');
    expect(await readRememberedLanguage()).toBeUndefined();
    await savePref('language', 'ne');
    expect(await readRememberedLanguage()).toBe('ne');
  });
});
