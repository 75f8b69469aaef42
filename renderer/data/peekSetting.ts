/**
 * Reads one setting straight from IndexedDB, without Dexie: the browser kiosk's boot needs only
 * whether an admin PIN was chosen, and Dexie's code (~30 kB gzip) would delay the attract
 * screen's first paint. Everything else goes through Dexie (appDb.ts).
 */
import type { SettingRow } from './types';

export type Peeked =
  | { found: true; value: unknown }
  /** No such database or setting: nothing was ever stored. */
  | { found: false }
  /** IndexedDB failed: only the regular path (Dexie) can tell. */
  | 'failed';

export function peekSetting(dbName: string, key: string): Promise<Peeked> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      // No version: an existing database opens as it is, never upgraded from here.
      request = indexedDB.open(dbName);
    } catch {
      resolve('failed');
      return;
    }
    let absent = false;
    request.onupgradeneeded = () => {
      // The database does not exist yet: abort, so none is created here (Dexie creates it,
      // with its schema, when it first opens it).
      absent = true;
      request.transaction?.abort();
    };
    request.onerror = () => resolve(absent ? { found: false } : 'failed');
    request.onsuccess = () => {
      const db = request.result;
      // Dexie may need to upgrade the database right after: never hold it back.
      db.onversionchange = () => db.close();
      const done = (peeked: Peeked) => {
        db.close();
        resolve(peeked);
      };
      if (!db.objectStoreNames.contains('settings')) return done({ found: false });
      try {
        const get = db.transaction('settings', 'readonly').objectStore('settings').get(key);
        get.onsuccess = () => {
          const row = get.result as SettingRow | undefined;
          done(row === undefined ? { found: false } : { found: true, value: row.value });
        };
        get.onerror = () => done('failed');
      } catch {
        done('failed');
      }
    };
  });
}
