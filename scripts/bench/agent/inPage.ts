/**
 * Scripts run inside the benchmark page, as text: functions compiled by tsx carry `__name`
 * helpers that do not exist in the page, so each script defines a no-op `__name` first.
 * They talk to IndexedDB directly: the floors printed next to each figure. The app's data is
 * seeded through the app itself (bundle imports), never written here.
 */
import { generateEntries, type GenerateOptions } from './generate';

const DB = 'kiosque-numerique';
/** The scratch database of `rawWriteScript`, deleted when it is done. */
const FLOOR_DB = 'bench-floor';

const openDb = `const openDb = () => new Promise((resolve, reject) => {
  const request = indexedDB.open(${JSON.stringify(DB)});
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});`;

/**
 * The floor of the old one-record-per-entry layout: generates the rows of `options` in the page
 * (the same rows as a bundle generated in Node with the same options), then `put`s them one
 * record each into a scratch database (store keyed by `id`, no index) in 20,000-row
 * transactions, and deletes that database. Returns the time spent in the transactions only.
 */
export function rawWriteScript(options: GenerateOptions): string {
  return `(async () => {
    const __name = (f) => f;
    const generate = (${generateEntries.toString()});
    const rows = generate(${JSON.stringify(options)});
    const name = ${JSON.stringify(FLOOR_DB)};
    const settle = (request) => new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await settle(indexedDB.deleteDatabase(name));
    const opening = indexedDB.open(name, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('rows', { keyPath: 'id' });
    const db = await settle(opening);
    const chunk = 20000;
    let writeMs = 0;
    try {
      for (let done = 0; done < rows.length; done += chunk) {
        const started = performance.now();
        await new Promise((resolve, reject) => {
          const tx = db.transaction('rows', 'readwrite');
          const store = tx.objectStore('rows');
          for (let i = done; i < Math.min(done + chunk, rows.length); i += 1) store.put(rows[i]);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
        writeMs += performance.now() - started;
      }
    } finally {
      db.close();
      await settle(indexedDB.deleteDatabase(name));
    }
    return { rows: rows.length, writeMs };
  })()`;
}

/**
 * The floor of a read: a plain cursor over the day records (store `journalDays`, key
 * [date, siteId, posteId]) dated from `from` to `to`, touching every entry's duration.
 * The bounds are [from] and [to, []]: arrays compare element by element and a shorter prefix
 * sorts first (so [from] is below every key of that date), and an array sorts above any string
 * (so [to, []] is above every key of date `to`). `rows` counts entries, not records; at most
 * `limit` entries are touched; `reverse` walks newest first (records and their entries).
 */
export function cursorScanScript(
  from: string,
  to: string,
  limit = Number.MAX_SAFE_INTEGER,
  reverse = false,
): string {
  return `(async () => {
    ${openDb}
    const db = await openDb();
    const limit = ${limit};
    const reverse = ${reverse ? 'true' : 'false'};
    const started = performance.now();
    let rows = 0;
    let minutes = 0;
    await new Promise((resolve, reject) => {
      const tx = db.transaction('journalDays', 'readonly');
      const range = IDBKeyRange.bound([${JSON.stringify(from)}], [${JSON.stringify(to)}, []]);
      const request = tx.objectStore('journalDays').openCursor(range, reverse ? 'prev' : 'next');
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || rows >= limit) return resolve(undefined);
        const entries = cursor.value.entries;
        const n = entries.length;
        for (let i = 0; i < n && rows < limit; i += 1) {
          minutes += entries[reverse ? n - 1 - i : i].dureeMinutes;
          rows += 1;
        }
        if (rows >= limit) return resolve(undefined);
        cursor.continue();
      };
      request.onerror = () => reject(request.error);
    });
    const ms = performance.now() - started;
    db.close();
    return { ms, rows, minutes };
  })()`;
}

/**
 * Arms a timer in the page: it starts at the next `startEvent` (pointerdown, or change of a
 * file input) and stops at the first frame where `ready()` holds after `busy()` was seen.
 */
export function armTimerScript(
  startEvent: 'pointerdown' | 'change',
  ready: string,
  busy: string | null,
): string {
  return `(() => {
    window.__benchTimer = new Promise((resolve) => {
      let start = 0;
      let sawBusy = ${busy === null ? 'true' : 'false'};
      addEventListener(${JSON.stringify(startEvent)}, () => { start = performance.now(); check(); }, { capture: true, once: true });
      const check = () => {
        if (!start) return;
        if (!sawBusy && (${busy})) sawBusy = true;
        if (sawBusy && (${ready})) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  })()`;
}

export const readTimerScript = '(window.__benchTimer)';
