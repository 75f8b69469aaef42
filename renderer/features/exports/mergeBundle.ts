/**
 * Writes a checked bundle through the journal store: one read-write transaction, so an import
 * is all or nothing (a crash or an error mid-way rolls it back). The merge rules decide each
 * entry (mergeRules.ts); the store puts them in their days, with summaries and outbox rows.
 */
import type { JournalStore } from '../../data/store/journalStore';
import type { JournalEntry } from '../../data/types';
import type { BundleAuditRecord, JournalBundle } from './bundleFormat';
import type { ProgressListener } from './progress';
import { emptySummary, planMerge, type MergeSummary } from './mergeRules';

export interface MergeOptions {
  /** Retention cut-off (YYYY-MM-DD): older entries are not brought back by an import. */
  notBefore?: string;
  onProgress?: ProgressListener;
  /** For the crash-safety test: called after the first chunk is written, inside the transaction. */
  afterFirstChunk?: () => void;
}

/** Incoming entries by month: each month is merged and written before the next is read. */
function byMonth(entries: readonly JournalEntry[]): JournalEntry[][] {
  const months = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(entry);
    else months.set(month, [entry]);
  }
  return [...months.keys()].sort().map((month) => months.get(month) ?? []);
}

/**
 * Merges `bundle` into `db` by entry id (rules in mergeRules.ts) and says what changed. The
 * bundle is merged a month at a time, so memory holds one month of local days, not the whole
 * journal of a consolidated métropole; it is still one transaction, all or nothing.
 */
export async function mergeBundle(
  store: JournalStore,
  bundle: JournalBundle,
  options: MergeOptions = {},
): Promise<MergeSummary> {
  return store.write(async (w) => {
    const journalWasEmpty = await w.isEmpty();
    const auditOf = new Map<string, BundleAuditRecord[]>();
    for (const record of bundle.audit) {
      const list = auditOf.get(record.entryId);
      if (list) list.push(record);
      else auditOf.set(record.entryId, [record]);
    }
    const total = bundle.entries.length;
    const summary = emptySummary();
    let done = 0;
    let first = true;
    options.onProgress?.({ phase: 'writing', done, total });
    for (const month of byMonth(bundle.entries)) {
      const local = await w.locate(month, { knownEmpty: journalWasEmpty, expected: total });
      const plan = planMerge(
        month.map((e) => local.get(e.id)),
        month,
        options.notBefore,
      );
      // Audit records are a union: those this PC does not have yet, for the entries kept.
      const audit = [...plan.keptIds].flatMap((id) => auditOf.get(id) ?? []);
      const { auditAdded } = await w.apply(plan.toWrite, audit, {
        audit: 'union',
        ...(first && options.afterFirstChunk ? { afterFirstChunk: options.afterFirstChunk } : {}),
      });
      first = false;
      for (const key of Object.keys(plan.summary) as Array<keyof MergeSummary>)
        summary[key] += plan.summary[key];
      summary.auditAdded += auditAdded;
      done += month.length;
      options.onProgress?.({ phase: 'writing', done, total });
    }
    return summary;
  });
}
