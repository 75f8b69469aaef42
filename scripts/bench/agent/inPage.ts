/**
 * Scripts run inside the benchmark page, as text: functions compiled by tsx carry `__name`
 * helpers that do not exist in the page, so each script defines a no-op `__name` first.
 * They talk to IndexedDB directly (the floor, and seeding faster than through the UI).
 */
import { generateEntries, type GenerateOptions } from './generate';

const DB = 'kiosque-numerique';

const openDb = `const openDb = () => new Promise((resolve, reject) => {
  const request = indexedDB.open(${JSON.stringify(DB)});
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});`;

/**
 * Generates and writes `count` entries in chunks of 20,000 (one transaction each); returns the
 * time spent in the write transactions only (the floor of an import's writing phase).
 */
export function seedScript(options: GenerateOptions): string {
  return `(async () => {
    const __name = (f) => f;
    const generate = (${generateEntries.toString()});
    ${openDb}
    const db = await openDb();
    const options = ${JSON.stringify(options)};
    const chunk = 20000;
    let writeMs = 0;
    for (let done = 0; done < options.count; done += chunk) {
      const rows = generate({ ...options, count: Math.min(chunk, options.count - done), seed: options.seed + done });
      const started = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('journal', 'readwrite');
        const store = tx.objectStore('journal');
        for (const row of rows) store.put(row);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      writeMs += performance.now() - started;
    }
    db.close();
    return { rows: options.count, writeMs };
  })()`;
}

/**
 * The floor: a plain cursor over the journal's `date` index between two dates, touching
 * every row's value (at most `limit` rows, newest first when `reverse`).
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
    const started = performance.now();
    let rows = 0;
    let minutes = 0;
    await new Promise((resolve, reject) => {
      const tx = db.transaction('journal', 'readonly');
      const request = tx.objectStore('journal').index('date').openCursor(IDBKeyRange.bound(${JSON.stringify(from)}, ${JSON.stringify(to)}), ${JSON.stringify(reverse ? 'prev' : 'next')});
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || rows >= ${limit}) return resolve(undefined);
        rows += 1;
        minutes += cursor.value.dureeMinutes;
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
