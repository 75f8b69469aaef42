/**
 * Erases everything a citizen session could have left in the browser's storages. The React
 * tree (and with it every typed value) is unmounted by the caller; the app database keeps only
 * its journal and anonymous practice rows, which hold no citizen input.
 */
import { DB_NAME } from '../../../data/schema';
import { STILL_KEY } from '../../../app/stillFormat';
import { parseStill } from '../../../app/stillPaint';

/** What a wipe cleared, for the benchmark and the tests. */
export interface WipeReport {
  ms: number;
  caches: number;
  databases: number;
}

/**
 * Clears localStorage, sessionStorage, Cache Storage and any IndexedDB database but the app's.
 * localStorage keeps the attract screen's still, the app's own welcome screen that the next start
 * paints at once (app/stillAttract), and only if it is one: nothing else survives under its name.
 */
export async function wipeCitizenSession(): Promise<WipeReport> {
  const started = performance.now();
  try {
    const still = localStorage.getItem(STILL_KEY);
    localStorage.clear();
    if (still !== null && parseStill(still, __APP_VERSION__))
      localStorage.setItem(STILL_KEY, still);
  } catch {
    // Storage can be disabled by policy: nothing to clear then.
  }
  try {
    sessionStorage.clear();
  } catch {
    // Same as above.
  }
  let caches = 0;
  if (typeof globalThis.caches !== 'undefined') {
    const names = await globalThis.caches.keys();
    await Promise.all(names.map((name) => globalThis.caches.delete(name)));
    caches = names.length;
  }
  let databases = 0;
  if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
    const list = await indexedDB.databases();
    const others = list
      .map((d) => d.name)
      .filter((name): name is string => !!name && name !== DB_NAME);
    await Promise.all(others.map((name) => deleteDatabase(name)));
    databases = others.length;
  }
  return { ms: performance.now() - started, caches, databases };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve(); // Deletion completes once the holder closes.
  });
}
