/**
 * Retention purge: démarches dated before "today minus N months" are deleted for good, with
 * their audit records, in one transaction. A purge removes whole day records (and their
 * summaries), and the preview counts exactly what the purge removes.
 */
import type { JournalStore } from '../../data/store/journalStore';

export { retentionCutoff } from '../../data/retention';

export interface PurgeReport {
  cutoff: string;
  entries: number;
  auditRecords: number;
  /** Oldest and newest dates removed, for the report shown to the admin. */
  oldest: string | null;
  newest: string | null;
}

/** What a purge at `cutoff` would remove (soft-deleted entries included: they go too). */
export async function previewPurge(store: JournalStore, cutoff: string): Promise<PurgeReport> {
  return { cutoff, ...(await store.countBefore(cutoff)) };
}

/** Deletes entries dated before `cutoff` and their audit records, all or nothing. */
export async function purgeBefore(store: JournalStore, cutoff: string): Promise<PurgeReport> {
  return { cutoff, ...(await store.deleteDaysBefore(cutoff)) };
}
