/**
 * The journal read newest first across places: day records are stored by date then place, and
 * a page must interleave the places of each date by creation time.
 */
import type { KiosqueDb } from '../db';
import type { DateRange, JournalEntry } from '../types';
import { daysBetween } from './dayStore';
import { compareEntries } from '../layout/days';

/** Position in newest-first order after which the next page starts: [date, createdAt, id]. */
export type JournalCursor = [string, string, string];

/** Where the next page starts: just after this entry. */
export const keyOf = (e: JournalEntry): JournalCursor => [e.date, e.createdAt, e.id];

/** True when `e` comes strictly after `cursor` in newest-first order. */
function olderThan(e: JournalEntry, cursor: JournalCursor): boolean {
  const [date, createdAt, id] = cursor;
  if (e.date !== date) return e.date < date;
  if (e.createdAt !== createdAt) return e.createdAt < createdAt;
  return e.id < id;
}

/** Newest first: the reverse of the stored order, across the places of one date. */
const newestFirst = (a: JournalEntry, b: JournalEntry): number => compareEntries(b, a);

/**
 * Entries of the filter's period passing `keep`, newest first, from `cursor` on, at most
 * `limit`. Day records are walked newest date first; a date's records (one per place) are
 * merged before sorting, and the walk stops once a whole date past the limit is read.
 */
export async function walkNewestFirst(
  db: KiosqueDb,
  filter: DateRange,
  cursor: JournalCursor | null,
  limit: number,
  keep: (e: JournalEntry) => boolean,
): Promise<JournalEntry[]> {
  const out: JournalEntry[] = [];
  let date: string | null = null;
  let pending: JournalEntry[] = [];
  const flush = () => {
    out.push(...pending.sort(newestFirst));
    pending = [];
  };
  const upper = cursor && cursor[0] < filter.to ? cursor[0] : filter.to;
  await daysBetween(db, filter.from, upper)
    .reverse()
    .until(() => out.length >= limit)
    .each((day) => {
      if (day.date !== date) {
        flush();
        date = day.date;
      }
      for (const e of day.entries)
        if (keep(e) && (!cursor || olderThan(e, cursor))) pending.push(e);
    });
  flush();
  return out.slice(0, limit);
}
