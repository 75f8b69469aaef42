/**
 * Retention purge: démarches dated before "today minus N months" are deleted for good, with
 * their audit records, in one transaction. A purge removes whole day records (and their
 * summaries), and the preview counts exactly what the purge removes.
 */
import type { KiosqueDb } from '../../db/db';
import { draftOf } from '../journal/store/days';
import { journalTransaction, saveDrafts, summariesBetween } from '../journal/store/dayStore';
import { addDays, addMonths } from '../stats/period';

/**
 * First day that is kept: the same calendar day `months` months ago (clamped to the end of a
 * shorter month). Entries dated strictly before it are purged.
 */
export function retentionCutoff(today: string, months: number): string {
  return addMonths(today, -months);
}

export interface PurgeReport {
  cutoff: string;
  entries: number;
  auditRecords: number;
  /** Oldest and newest dates removed, for the report shown to the admin. */
  oldest: string | null;
  newest: string | null;
}

/** Below every date (dates are YYYY-MM-DD): the lower bound of "everything before". */
const FIRST_DATE = '';

/** Summaries of the days a purge at `cutoff` removes. */
const expired = (db: KiosqueDb, cutoff: string) =>
  summariesBetween(db, FIRST_DATE, addDays(cutoff, -1));

/** What a purge at `cutoff` would remove (soft-deleted entries included: they go too). */
export async function previewPurge(db: KiosqueDb, cutoff: string): Promise<PurgeReport> {
  let entries = 0;
  let oldest: string | null = null;
  let newest: string | null = null;
  for (const day of await expired(db, cutoff).toArray()) {
    entries += day.total;
    oldest ??= day.date;
    newest = day.date;
  }
  return { cutoff, entries, auditRecords: 0, oldest, newest };
}

/** Deletes entries dated before `cutoff` and their audit records, all or nothing. */
export async function purgeBefore(db: KiosqueDb, cutoff: string): Promise<PurgeReport> {
  return journalTransaction(db, async () => {
    const preview = await previewPurge(db, cutoff);
    const keys = await expired(db, cutoff).primaryKeys();
    let auditRecords = 0;
    for (const day of await db.journalDays.bulkGet(keys)) auditRecords += day?.audit.length ?? 0;
    // Days drafted empty: saving them deletes them, their summaries, and updates their months.
    await saveDrafts(
      db,
      keys.map(([date, siteId, posteId]) => draftOf(undefined, { date, siteId, posteId })),
    );
    return { ...preview, auditRecords };
  });
}
