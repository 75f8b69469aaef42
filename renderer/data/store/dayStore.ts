/**
 * Reading and writing day records (see days.ts). Writes go through `saveDrafts`, which stores
 * each day with its summary in the caller's transaction, so the statistics can never disagree
 * with the journal: both change together or not at all.
 */
import type { KiosqueDb } from '../db';
import { encodePartial, emptyPartial, mergeEncoded } from '../layout/summary';
import { addDays, addMonths } from '../../lib/dates';
import type { JournalEntry } from '../types';
import {
  dayKeyOf,
  dayOf,
  summaryOf,
  type DayDraft,
  type DayKey,
  type DaySummary,
  type JournalDay,
} from '../layout/days';

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

/** First day of the month of `date` (month summaries are keyed by it). */
export const monthOf = (date: string): string => `${date.slice(0, 7)}-01`;

/** The tables a journal write changes (the app's database, or the schema upgrade's tables). */
export type DayTables = Pick<KiosqueDb, 'journalDays' | 'dayStats' | 'monthStats'>;

/**
 * Recomputes the month summaries of `keys` ([first day of month, site, poste]) from the day
 * summaries of those months: a month is the sum of its days, so it cannot drift from them. A
 * month left without days loses its summary.
 */
async function refreshMonths(
  { dayStats: days, monthStats: months }: DayTables,
  keys: readonly DayKey[],
): Promise<void> {
  const byMonth = new Map<string, Set<string>>();
  for (const [month, siteId, posteId] of keys) {
    const places = byMonth.get(month) ?? new Set<string>();
    places.add(`${siteId}\u0000${posteId}`);
    byMonth.set(month, places);
  }
  for (const [month, places] of byMonth) {
    const [lower, upper] = dayBounds(month, addDays(addMonths(month, 1), -1));
    const summaries = await days.where(':id').between(lower, upper, true, true).toArray();
    const put: DaySummary[] = [];
    const gone: DayKey[] = [];
    for (const place of places) {
      const [siteId = '', posteId = ''] = place.split('\u0000');
      const mine = summaries.filter((s) => s.siteId === siteId && s.posteId === posteId);
      if (mine.length === 0) {
        gone.push([month, siteId, posteId]);
        continue;
      }
      const live = emptyPartial();
      for (const s of mine) mergeEncoded(live, s.live);
      put.push({
        date: month,
        siteId,
        posteId,
        total: mine.reduce((n, s) => n + s.total, 0),
        count: live.count,
        live: encodePartial(live),
      });
    }
    if (put.length > 0) await months.bulkPut(put);
    if (gone.length > 0) await months.bulkDelete(gone);
  }
}

/**
 * The summaries covering `from`…`to`: whole months from the month summaries (a year is twelve
 * per place instead of 365) when `months` allows, the days at either end from the day ones.
 * Each summary carries its first date, so a month counts in that month's bucket.
 */
export async function periodSummaries(
  db: KiosqueDb,
  from: string,
  to: string,
  months = true,
): Promise<DaySummary[]> {
  const firstFull = from.endsWith('-01') ? from : addMonths(monthOf(from), 1);
  const lastFull = addDays(to, 1).endsWith('-01') ? monthOf(to) : addMonths(monthOf(to), -1);
  if (!months || firstFull > lastFull) return summariesBetween(db, from, to).toArray();
  const [lower, upper] = dayBounds(firstFull, lastFull);
  const [head, middle, tail] = await Promise.all([
    from < firstFull ? summariesBetween(db, from, addDays(firstFull, -1)).toArray() : [],
    db.monthStats.where(':id').between(lower, upper, true, true).toArray(),
    summariesBetween(db, addMonths(lastFull, 1), to).toArray(),
  ]);
  return [...head, ...middle, ...tail];
}

/**
 * Stores drafted days, their summaries and their months' summaries; a day left without entries
 * is removed with its summary (that is how a purge deletes days). Call inside a read-write
 * transaction (`journalTransaction`, or the schema upgrade).
 */
export async function saveDrafts(db: DayTables, drafts: readonly DayDraft[]): Promise<void> {
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
  await refreshMonths(
    db,
    days.map((d) => [monthOf(d.date), d.siteId, d.posteId]),
  );
}

/** Runs `work` in one read-write transaction over the journal's days and their summaries. */
export function journalTransaction<T>(db: KiosqueDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.journalDays, db.dayStats, db.monthStats, work);
}
