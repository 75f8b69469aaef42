/**
 * Reading and writing day records (see days.ts). Writes go through `saveDrafts`, which stores
 * each day with its summary in the caller's transaction, so the statistics can never disagree
 * with the journal: both change together or not at all.
 */
import type { KiosqueDb } from '../../../db/db';
import type { JournalEntry } from '../model';
import { dayKeyOf, dayOf, summaryOf, type DayDraft, type DayKey, type JournalDay } from './days';

// IndexedDB key order: numbers < dates < strings < arrays. Our key parts are strings, so these
// bound every possible part. A fresh array each time: the same array object twice in one key
// is refused as a cycle by the spec's key conversion.
const LOWEST = -Infinity;
const highest = (): never[][] => [[]];

/** Key bounds of every day record from `from` to `to` (inclusive dates). */
export function dayBounds(from: string, to: string): [unknown[], unknown[]] {
  return [
    [from, LOWEST, LOWEST],
    [to, highest(), highest()],
  ];
}

/** Day records dated from `from` to `to`, oldest first. */
export function daysBetween(db: KiosqueDb, from: string, to: string) {
  const [lower, upper] = dayBounds(from, to);
  return db.journalDays.where(':id').between(lower, upper, true, true);
}

/** Day summaries dated from `from` to `to`, oldest first. */
export function summariesBetween(db: KiosqueDb, from: string, to: string) {
  const [lower, upper] = dayBounds(from, to);
  return db.dayStats.where(':id').between(lower, upper, true, true);
}

/** The day record holding entry `id`, if any. */
export function dayHolding(db: KiosqueDb, id: string): Promise<JournalDay | undefined> {
  return db.journalDays.where('ids').equals(id).first();
}

/** An entry and the day it lives in. */
export async function findEntry(
  db: KiosqueDb,
  id: string,
): Promise<{ entry: JournalEntry; day: JournalDay } | undefined> {
  const day = await dayHolding(db, id);
  const entry = day?.entries.find((e) => e.id === id);
  return day && entry ? { entry, day } : undefined;
}

/**
 * Stores drafted days and their summaries; a day left without entries is removed with its
 * summary. Call inside a read-write transaction over `journalDays` and `dayStats`.
 */
export async function saveDrafts(db: KiosqueDb, drafts: readonly DayDraft[]): Promise<void> {
  const days = drafts.map(dayOf);
  const kept = days.filter((d) => d.entries.length > 0);
  const emptied = days.filter((d) => d.entries.length === 0).map(dayKeyOf);
  if (kept.length > 0) {
    await db.journalDays.bulkPut(kept);
    await db.dayStats.bulkPut(kept.map(summaryOf));
  }
  if (emptied.length > 0) {
    await db.journalDays.bulkDelete(emptied);
    await db.dayStats.bulkDelete(emptied);
  }
}

/** Runs `work` in one read-write transaction over the journal's days and their summaries. */
export function journalTransaction<T>(db: KiosqueDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.journalDays, db.dayStats, work);
}

export type { DayKey };
