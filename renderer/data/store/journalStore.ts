/**
 * The journal's store: the intents features ask of the stored journal, over the day layout.
 * Every write goes through `write` (one read-write transaction) and its session's `apply`,
 * which saves each touched day with its summary, its month's summary and the outbox rows of the
 * entries it changed: the statistics and the hub's queue change with the journal or not at all.
 */
import Dexie from 'dexie';
import { addDays } from '../../lib/dates';
import type { KiosqueDb } from '../db';
import { dayIdOf, dayKeyOf, draftOf, type DayKey, type JournalDay } from '../layout/days';
import type { AuditRecord, DateRange, JournalEntry, OutboxRow, Place } from '../types';
import { daysBetween, periodSummaries, saveDrafts, summariesBetween } from './dayStore';
import { walkNewestFirst, type JournalCursor } from './newestFirst';
import {
  addDay,
  emptyView,
  localEntry,
  placeEntries,
  type AuditMode,
  type LocalView,
} from './placeEntries';

export interface StoreOptions {
  /**
   * This counter's place: only its entries are queued for the hub (other counters' entries,
   * brought by imports, are theirs to push). Without it every written entry is queued.
   */
  place?: Place | undefined;
}

export interface ApplyOptions {
  audit?: AuditMode;
  /** Day records saved per step (imports report progress between steps). */
  chunk?: number;
  /** For the crash-safety test: called after the first step is saved, inside the transaction. */
  afterFirstChunk?: () => void;
}

/** A write in progress (see `write`): days are read once, then placed and saved. */
export interface JournalWrite {
  /** True when no day record is stored at all. */
  isEmpty(): Promise<boolean>;
  /**
   * The local copies of `entries` by id: looked for in the day each names, then (ids not found
   * there: new ones, or a damaged or forged file) in the `ids` index. `knownEmpty` skips both.
   * `expected` is how many entries this write will locate in all (an import's size).
   */
  locate(
    entries: readonly JournalEntry[],
    options?: { knownEmpty?: boolean; expected?: number },
  ): Promise<Map<string, JournalEntry>>;
  /** Entry `id` as stored (its day is kept for the `apply` that follows). */
  find(id: string): Promise<JournalEntry | undefined>;
  /**
   * Puts `entries` (replacing same ids) and adds `audit` lines, saves the touched days with
   * their summaries, and queues the changed entries for the hub. The days read are then
   * forgotten, so an import applied a month at a time holds one month in memory.
   */
  apply(
    entries: readonly JournalEntry[],
    audit: readonly Omit<AuditRecord, 'seq'>[],
    options?: ApplyOptions,
  ): Promise<{ auditAdded: number }>;
}

export interface PurgeCount {
  entries: number;
  auditRecords: number;
  /** Oldest and newest dates removed. */
  oldest: string | null;
  newest: string | null;
}

/** Below every date (dates are YYYY-MM-DD): the lower bound of "everything before". */
const FIRST_DATE = '';

const DEFAULT_CHUNK = 100;

/** One IndexedDB request as a promise. */
function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Keys of the day records holding any of `ids`, from the `ids` index: one `getKey` per id,
 * all sent at once in the current transaction (a Dexie query per id took 110 µs each, these
 * about 40).
 */
async function daysHolding(index: IDBIndex, ids: readonly string[]): Promise<DayKey[]> {
  const keys = await Promise.all(ids.map((id) => settled(index.getKey(id))));
  return distinctDays(keys.filter(Array.isArray) as unknown as DayKey[]);
}

/** Each day key once. */
function distinctDays(keys: Iterable<DayKey>): DayKey[] {
  const unique = new Map<string, DayKey>();
  for (const key of keys) unique.set(key.join('\u0000'), key);
  return [...unique.values()];
}

/** Day records read per request by `sweepIds`: a few megabytes at a time. */
const SWEEP_BATCH = 100;

/**
 * Every stored id with its day's key, from the day records themselves, read in batches of
 * `SWEEP_BATCH` by key order. Chromium hands out whole records in one `getAll` faster than it
 * steps a key cursor over the `ids` index, one step per id (100,000 ids: 0.8–0.9 s against
 * 3.5 s with Chromium 150), so an import of many new ids reads the days once instead of asking
 * for each id.
 */
async function sweepIds(store: IDBObjectStore): Promise<Map<string, DayKey>> {
  const days = new Map<string, DayKey>();
  let after: IDBKeyRange | undefined;
  for (;;) {
    const batch = (await settled(store.getAll(after, SWEEP_BATCH))) as JournalDay[];
    for (const day of batch) {
      const key = dayKeyOf(day);
      for (const id of day.ids) days.set(id, key);
    }
    const last = batch.at(-1);
    if (batch.length < SWEEP_BATCH || !last) return days;
    after = IDBKeyRange.lowerBound(dayKeyOf(last), true);
  }
}

/** A sweep pays off when the index holds at most this many ids per id to look for. */
const SWEEP_RATIO = 3;

export function createJournalStore(db: KiosqueDb, options: StoreOptions = {}) {
  const { place } = options;
  const ours = (e: JournalEntry): boolean =>
    !place || (e.siteId === place.siteId && e.posteId === place.posteId);

  /**
   * Queues changed entries of this place (a pending row is replaced: it goes with its latest
   * change). Written blind, without reading the rows first: one put per entry.
   */
  async function enqueue(entries: Iterable<JournalEntry>): Promise<void> {
    const mine = [...entries].filter(ours);
    if (mine.length === 0) return;
    const queuedAt = new Date().toISOString();
    await db.outbox.bulkPut(
      mine.map((e): OutboxRow => ({
        id: e.id,
        updatedAt: e.updatedAt,
        queuedAt,
        siteId: e.siteId,
        posteId: e.posteId,
      })),
    );
  }

  /**
   * How many entries the journal holds (soft-deleted ones included), as many as the `ids`
   * index has keys: the sum of the month summaries, a few rows, where counting the index
   * steps through every key (2 s for 100,000). It only picks the faster way to find ids: both
   * find the same days.
   */
  async function storedEntries(): Promise<number> {
    let total = 0;
    await db.monthStats.each((month) => {
      total += month.total;
    });
    return total;
  }

  async function readDays(view: LocalView, keys: readonly DayKey[]): Promise<void> {
    const missing = keys.filter((k) => !view.read.has(k.join('\u0000')));
    if (missing.length === 0) return;
    const days = await db.journalDays.bulkGet(missing);
    for (const key of missing) view.read.add(key.join('\u0000'));
    for (const day of days) if (day) addDay(view, day);
  }

  function session(): JournalWrite {
    let view = emptyView();
    /** Every stored id's day, once swept (kept up to date by `apply`), else null. */
    let swept: Map<string, DayKey> | null = null;
    /** Whether this write sweeps the days rather than asking for each id: decided once. */
    let sweep: boolean | null = null;

    /** The days holding `ids` elsewhere than their own: by one sweep or a lookup per id. */
    async function daysElsewhere(ids: readonly string[], expected: number): Promise<DayKey[]> {
      const transaction = Dexie.currentTransaction;
      if (ids.length === 0 || !transaction) return [];
      const store = transaction.idbtrans.objectStore('journalDays');
      if (sweep === null) sweep = (await storedEntries()) <= SWEEP_RATIO * expected;
      if (sweep && !swept) swept = await sweepIds(store);
      if (!swept) return daysHolding(store.index('ids'), ids);
      const known = swept;
      return distinctDays(
        ids.map((id) => known.get(id)).filter((key): key is DayKey => key !== undefined),
      );
    }

    return {
      async isEmpty() {
        return (await db.journalDays.limit(1).primaryKeys()).length === 0;
      },

      async locate(entries, { knownEmpty = false, expected = entries.length } = {}) {
        const keys = new Map(entries.map((e) => [dayIdOf(e), dayKeyOf(e)]));
        if (knownEmpty) for (const id of keys.keys()) view.read.add(id);
        else {
          await readDays(view, [...keys.values()]);
          const elsewhere = entries.filter((e) => !view.home.has(e.id)).map((e) => e.id);
          await readDays(view, await daysElsewhere(elsewhere, expected));
        }
        const found = new Map<string, JournalEntry>();
        for (const e of entries) {
          const local = localEntry(view, e.id);
          if (local) found.set(e.id, local);
        }
        return found;
      },

      async find(id) {
        const cached = localEntry(view, id);
        if (cached) return cached;
        const day = await db.journalDays.where('ids').equals(id).first();
        if (day) addDay(view, day);
        return localEntry(view, id);
      },

      async apply(entries, audit, options = {}) {
        const { audit: mode = 'append', chunk = DEFAULT_CHUNK, afterFirstChunk } = options;
        await readDays(view, entries.map(dayKeyOf));
        const placed = placeEntries(view, entries, audit, mode);
        view = emptyView();
        if (swept) for (const e of entries) swept.set(e.id, dayKeyOf(e));
        for (let start = 0; start < placed.drafts.length; start += chunk) {
          await saveDrafts(db, placed.drafts.slice(start, start + chunk));
          if (start === 0) afterFirstChunk?.();
        }
        await enqueue(placed.touched.values());
        return { auditAdded: placed.auditAdded };
      },
    };
  }

  /** Summaries of the days a purge at `cutoff` removes (dated strictly before it). */
  const expired = (cutoff: string) => summariesBetween(db, FIRST_DATE, addDays(cutoff, -1));

  async function countBefore(cutoff: string): Promise<PurgeCount> {
    let entries = 0;
    let oldest: string | null = null;
    let newest: string | null = null;
    for (const day of await expired(cutoff).toArray()) {
      entries += day.total;
      oldest ??= day.date;
      newest = day.date;
    }
    return { entries, auditRecords: 0, oldest, newest };
  }

  return {
    /** Runs `work` in one read-write transaction over the journal, its summaries and outbox. */
    write<T>(work: (session: JournalWrite) => Promise<T>): Promise<T> {
      // An async scope: Dexie then follows the native promises of `work` (a plain arrow
      // returning them let the transaction commit before the outbox write).
      return db.transaction(
        'rw',
        [db.journalDays, db.dayStats, db.monthStats, db.outbox],
        async () => work(session()),
      );
    },

    async find(id: string): Promise<JournalEntry | undefined> {
      const day = await db.journalDays.where('ids').equals(id).first();
      return day?.entries.find((e) => e.id === id);
    },

    /** The trail of one entry, oldest first (records of the same instant in written order). */
    async trail(id: string): Promise<AuditRecord[]> {
      const day = await db.journalDays.where('ids').equals(id).first();
      const rows = day?.audit.filter((r) => r.entryId === id) ?? [];
      return rows
        .map((record, order) => ({ record, order }))
        .sort((a, b) => a.record.at.localeCompare(b.record.at) || a.order - b.order)
        .map(({ record }) => record);
    },

    /** Entries of `range` passing `keep`, newest first, after `cursor`, at most `limit`. */
    newestFirst(
      range: DateRange,
      cursor: JournalCursor | null,
      limit: number,
      keep: (e: JournalEntry) => boolean,
    ): Promise<JournalEntry[]> {
      return walkNewestFirst(db, range, cursor, limit, keep);
    },

    /** Calls `visit` on every day record of `range`, oldest first. */
    async eachDay(range: DateRange, visit: (day: JournalDay) => void): Promise<void> {
      await daysBetween(db, range.from, range.to).each(visit);
    },

    /** The database's name, for a worker that reads it over a connection of its own. */
    databaseName: db.name,

    /** The day records of `range`, oldest first. */
    days(range: DateRange): Promise<JournalDay[]> {
      return daysBetween(db, range.from, range.to).toArray();
    },

    /** Every day record: one read, so entries and trail are a consistent snapshot. */
    allDays(): Promise<JournalDay[]> {
      return db.journalDays.toArray();
    },

    /**
     * Summaries covering `range`: whole months from the month summaries when `byMonth`
     * (a year is twelve per place), the days at either end (or all days) from day summaries.
     */
    summaries(range: DateRange, { byMonth = true }: { byMonth?: boolean } = {}) {
      return periodSummaries(db, range.from, range.to, byMonth);
    },

    /** Day summaries of `range`, oldest first. */
    daySummaries(range: DateRange) {
      return summariesBetween(db, range.from, range.to).toArray();
    },

    /** Every month summary, oldest month first. */
    monthSummaries() {
      return db.monthStats.toArray();
    },

    /** What `deleteDaysBefore(cutoff)` would remove (soft-deleted entries included). */
    countBefore,

    /** Deletes the days dated before `cutoff`, their entries, trail, summaries and outbox rows. */
    deleteDaysBefore(cutoff: string): Promise<PurgeCount> {
      return db.transaction(
        'rw',
        [db.journalDays, db.dayStats, db.monthStats, db.outbox],
        async () => {
          const count = await countBefore(cutoff);
          const keys = await expired(cutoff).primaryKeys();
          let auditRecords = 0;
          const ids: string[] = [];
          for (const day of await db.journalDays.bulkGet(keys)) {
            auditRecords += day?.audit.length ?? 0;
            ids.push(...(day?.ids ?? []));
          }
          // Days drafted empty: saving them deletes them, their summaries, and updates months.
          await saveDrafts(
            db,
            keys.map(([date, siteId, posteId]) => draftOf(undefined, { date, siteId, posteId })),
          );
          await db.outbox.bulkDelete(ids);
          return { ...count, auditRecords };
        },
      );
    },
  };
}

export type JournalStore = ReturnType<typeof createJournalStore>;
