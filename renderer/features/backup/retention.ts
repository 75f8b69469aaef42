/**
 * Retention purge: démarches dated before "today minus N months" are deleted for good, with
 * their audit records, in one transaction. A purge removes whole day records (and their
 * summaries), and the preview counts exactly what the purge removes.
 */
import type { JournalStore } from '../../data/store/journalStore';
import { addMonths } from '../../lib/dates';

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

/** What a purge at `cutoff` would remove (soft-deleted entries included: they go too). */
export async function previewPurge(store: JournalStore, cutoff: string): Promise<PurgeReport> {
  return { cutoff, ...(await store.countBefore(cutoff)) };
}

/** Deletes entries dated before `cutoff` and their audit records, all or nothing. */
export async function purgeBefore(store: JournalStore, cutoff: string): Promise<PurgeReport> {
  return { cutoff, ...(await store.deleteDaysBefore(cutoff)) };
}
