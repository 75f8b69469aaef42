/**
 * Retention purge: démarches dated before "today minus N months" are deleted for good, with
 * their audit records, in one transaction. A purge removes whole day records (and their
 * summaries), and the preview counts exactly what the purge removes.
 */
import type { KiosqueDb } from '../../db/db';
import {
  journalTransaction,
  monthOf,
  refreshMonths,
  summariesBetween,
} from '../journal/store/dayStore';
import { addMonths } from '../stats/period';

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

/** The day before `date` as a key bound: dates are YYYY-MM-DD, so '' is below every one. */
const FIRST_DATE = '';

/** What a purge at `cutoff` would remove (soft-deleted entries included: they go too). */
export async function previewPurge(db: KiosqueDb, cutoff: string): Promise<PurgeReport> {
  let entries = 0;
  let oldest: string | null = null;
  let newest: string | null = null;
  await summariesBetween(db, FIRST_DATE, cutoff).each((day) => {
    if (day.date >= cutoff) return;
    entries += day.total;
    oldest ??= day.date;
    newest = day.date;
  });
  return { cutoff, entries, auditRecords: 0, oldest, newest };
}

/** Deletes entries dated before `cutoff` and their audit records, all or nothing. */
export async function purgeBefore(db: KiosqueDb, cutoff: string): Promise<PurgeReport> {
  return journalTransaction(db, async () => {
    const preview = await previewPurge(db, cutoff);
    const keys = (await summariesBetween(db, FIRST_DATE, cutoff).primaryKeys()).filter(
      ([date]) => date < cutoff,
    );
    let auditRecords = 0;
    for (const day of await db.journalDays.bulkGet(keys)) auditRecords += day?.audit.length ?? 0;
    await db.journalDays.bulkDelete(keys);
    await db.dayStats.bulkDelete(keys);
    await refreshMonths(
      db.dayStats,
      db.monthStats,
      keys.map(([date, siteId, posteId]) => [monthOf(date), siteId, posteId]),
    );
    return { ...preview, auditRecords };
  });
}
