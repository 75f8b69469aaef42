/**
 * How the journal is stored: one record per day and place (date, site, poste) holding that
 * day's démarches and their audit trail, plus a summary of the day for the statistics.
 *
 * Why: IndexedDB pays a fixed price per record written (about 60 µs in Chromium, whatever its
 * size), so 100,000 one-démarche records take 10 s to import before any index is counted,
 * while the same rows grouped by day are about 1,500 records. A counter logs a few dozen
 * démarches a day, so a day record stays small; the journal pages by day, newest first.
 */
import { encodePartial, partialOf } from './summary';
import type { AuditRecord, JournalEntry } from '../types';

/** Primary key of a day record and of its summary: IndexedDB orders it by date first. */
export type DayKey = [date: string, siteId: string, posteId: string];

export interface JournalDay {
  date: string;
  siteId: string;
  posteId: string;
  /** Oldest first (createdAt, then id); soft-deleted entries included. */
  entries: JournalEntry[];
  /** The trail of these entries, in the order it was written. */
  audit: AuditRecord[];
  /** Ids of `entries`: a multi-entry index finds an entry's day from its id. */
  ids: string[];
}

/** What the statistics need of a day at a place, kept in step with the day record. */
export interface DaySummary {
  date: string;
  siteId: string;
  posteId: string;
  /** Entries stored, soft-deleted ones included. */
  total: number;
  /** Live entries (not soft-deleted). */
  count: number;
  /** Counts and durations of the live entries, as `encodePartial` text. */
  live: string;
}

type Placed = Pick<JournalEntry, 'date' | 'siteId' | 'posteId'>;

export const dayKeyOf = (e: Placed): DayKey => [e.date, e.siteId, e.posteId];

/** A key as one string, for Maps (the parts never hold a NUL: they are validated codes). */
export const dayIdOf = (e: Placed): string => `${e.date}\u0000${e.siteId}\u0000${e.posteId}`;

/** Entries in stored order: oldest first, ties by id (a total order, like the old index). */
export function compareEntries(a: JournalEntry, b: JournalEntry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A day being changed: entries by id, so a merge of thousands of entries into one day costs
 * one sort at the end rather than an insertion each.
 */
export interface DayDraft {
  place: Placed;
  entries: Map<string, JournalEntry>;
  audit: AuditRecord[];
}

export function draftOf(day: JournalDay | undefined, place: Placed): DayDraft {
  return {
    place: { date: place.date, siteId: place.siteId, posteId: place.posteId },
    entries: new Map(day?.entries.map((e) => [e.id, e])),
    audit: day ? [...day.audit] : [],
  };
}

/** The draft of `place`'s day in `drafts`, started from `stored` (or empty) when not there yet. */
export function draftIn(
  drafts: Map<string, DayDraft>,
  place: Placed,
  stored?: JournalDay,
): DayDraft {
  const id = dayIdOf(place);
  let draft = drafts.get(id);
  if (!draft) drafts.set(id, (draft = draftOf(stored, place)));
  return draft;
}

/** The record to store for a draft (entries sorted, ids listed). */
export function dayOf(draft: DayDraft): JournalDay {
  const entries = [...draft.entries.values()].sort(compareEntries);
  return {
    ...draft.place,
    entries,
    audit: draft.audit,
    ids: entries.map((e) => e.id),
  };
}

export function summaryOf(day: JournalDay): DaySummary {
  const live = partialOf(day.entries);
  return {
    date: day.date,
    siteId: day.siteId,
    posteId: day.posteId,
    total: day.entries.length,
    count: live.count,
    live: encodePartial(live),
  };
}
