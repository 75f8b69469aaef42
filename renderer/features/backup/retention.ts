/**
 * Retention purge: démarches dated before "today minus N months" are deleted for good, with
 * their audit records, in one transaction. The preview counts exactly what the purge removes.
 */
import type { KiosqueDb } from '../../db/db';
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

/** What a purge at `cutoff` would remove (soft-deleted rows included: they go too). */
export async function previewPurge(db: KiosqueDb, cutoff: string): Promise<PurgeReport> {
  const expired = db.journal.where('date').below(cutoff);
  const entries = await expired.count();
  const oldest = (await db.journal.orderBy('date').first())?.date ?? null;
  const newest = entries === 0 ? null : ((await expired.last())?.date ?? null);
  return { cutoff, entries, auditRecords: 0, oldest: entries === 0 ? null : oldest, newest };
}

/** Deletes entries dated before `cutoff` and their audit records, all or nothing. */
export async function purgeBefore(db: KiosqueDb, cutoff: string): Promise<PurgeReport> {
  return db.transaction('rw', db.journal, db.audit, async () => {
    const preview = await previewPurge(db, cutoff);
    const ids = (await db.journal.where('date').below(cutoff).primaryKeys()) as string[];
    let auditRecords = 0;
    if (ids.length > 0) {
      auditRecords = await db.audit.where('entryId').anyOf(ids).delete();
      await db.journal.bulkDelete(ids);
    }
    return { ...preview, auditRecords };
  });
}
