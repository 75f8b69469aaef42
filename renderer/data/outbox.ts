/**
 * The outbox of the métropole hub: what this counter has changed and not yet pushed. Rows are
 * written by the journal store in the transaction of each change (data/store/journalStore.ts);
 * the push takes the oldest, sends them, and acknowledges what the server committed. A row is
 * removed only if its entry has not changed since it was taken, so an edit made during a push
 * goes with the next one.
 */
import { addDays } from '../lib/dates';
import type { KiosqueDb } from './db';
import type { AuditRecord, DateRange, JournalEntry, OutboxRow, Place } from './types';

/** Most entries one `take` returns (the hub's `push()` accepts batches of 1,000). */
export const OUTBOX_TAKE_MAX = 1_000;

/** What was sent for one entry: acknowledged only while the entry is still at this version. */
export interface OutboxMark {
  id: string;
  updatedAt: string;
}

export interface OutboxBatch {
  /** Oldest pending first, each with its whole audit trail. */
  entries: Array<{ entry: JournalEntry; audit: AuditRecord[] }>;
  marks: OutboxMark[];
}

export interface OutboxStats {
  pending: number;
  oldestQueuedAt: string | null;
}

/** A place's day records for one date: what the hub's per-day count and hash are made of. */
export interface PlaceDay {
  date: string;
  entries: JournalEntry[];
}

// Bounds of every queuedAt (ISO text) in the [siteId+posteId+queuedAt] index.
const LOWEST = -Infinity;
const highest = (): never[][] => [[]];

const placeRange = (place: Place): [unknown[], unknown[]] => [
  [place.siteId, place.posteId, LOWEST],
  [place.siteId, place.posteId, highest()],
];

export function createOutbox(db: KiosqueDb) {
  const pendingOf = (place: Place) => {
    const [lower, upper] = placeRange(place);
    return db.outbox.where('[siteId+posteId+queuedAt]').between(lower, upper, true, true);
  };

  return {
    /**
     * The oldest pending entries of `place` (at most `limit`, ≤ 1,000), with their trails and
     * the marks to acknowledge. Rows of other places are dropped in the same call (they are
     * other counters' entries, brought by imports: not ours to push), as are rows whose entry
     * is gone (purged by retention).
     */
    take(limit: number, place: Place): Promise<OutboxBatch> {
      if (!Number.isInteger(limit) || limit < 1 || limit > OUTBOX_TAKE_MAX)
        throw new RangeError(`limit must be an integer from 1 to ${OUTBOX_TAKE_MAX}`);
      return db.transaction('rw', [db.outbox, db.journalDays], async () => {
        const [lower, upper] = placeRange(place);
        const index = db.outbox.where('[siteId+posteId+queuedAt]');
        await index.below(lower).delete();
        await index.above(upper).delete();
        const rows: OutboxRow[] = await pendingOf(place).limit(limit).toArray();
        const ids = rows.map((r) => r.id);
        const days = await db.journalDays.where('ids').anyOf(ids).distinct().toArray();
        const found = new Map<string, { entry: JournalEntry; audit: AuditRecord[] }>();
        const wanted = new Set(ids);
        for (const day of days) {
          for (const entry of day.entries)
            if (wanted.has(entry.id)) found.set(entry.id, { entry, audit: [] });
          for (const record of day.audit) found.get(record.entryId)?.audit.push(record);
        }
        const gone = rows.filter((r) => !found.has(r.id)).map((r) => r.id);
        if (gone.length > 0) await db.outbox.bulkDelete(gone);
        const entries = rows.flatMap((r) => found.get(r.id) ?? []);
        return {
          entries,
          marks: entries.map(({ entry }) => ({ id: entry.id, updatedAt: entry.updatedAt })),
        };
      });
    },

    /** Removes the rows the server committed, unless their entry changed since (stays pending). */
    acknowledge(marks: readonly OutboxMark[]): Promise<number> {
      return db.transaction('rw', db.outbox, async () => {
        const rows = await db.outbox.bulkGet(marks.map((m) => m.id));
        const done = marks.filter((m, i) => rows[i]?.updatedAt === m.updatedAt).map((m) => m.id);
        await db.outbox.bulkDelete(done);
        return done.length;
      });
    },

    /** How many entries of `place` wait, and since when the oldest does. */
    async stats(place: Place): Promise<OutboxStats> {
      const [pending, oldest] = await Promise.all([
        pendingOf(place).count(),
        pendingOf(place).first(),
      ]);
      return { pending, oldestQueuedAt: oldest?.queuedAt ?? null };
    },

    /**
     * The entries (soft-deleted included) `place` holds on each date of `range`, oldest first;
     * dates without any are left out. One key per date: other places' days are not read.
     */
    async placeDays(place: Place, range: DateRange): Promise<PlaceDay[]> {
      const keys: Array<[string, string, string]> = [];
      for (let date = range.from; date <= range.to; date = addDays(date, 1))
        keys.push([date, place.siteId, place.posteId]);
      const days = await db.journalDays.bulkGet(keys);
      return days.flatMap((day) => (day ? [{ date: day.date, entries: day.entries }] : []));
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
