/**
 * Writes a checked bundle into the database: one read-write transaction over the journal and
 * the audit trail, so an import is all or nothing (a crash or an error mid-way rolls it back).
 */
import type { KiosqueDb } from '../../db/db';
import { auditKey, type JournalBundle } from './bundleFormat';
import { chunkRanges, type ProgressListener } from './progress';
import { planMerge, type MergeSummary } from './mergeRules';

export interface MergeOptions {
  /** Retention cut-off (YYYY-MM-DD): older entries are not brought back by an import. */
  notBefore?: string;
  onProgress?: ProgressListener;
  /** For the crash-safety test: called after the first chunk is written, inside the transaction. */
  afterFirstChunk?: () => void;
}

const WRITE_CHUNK = 5_000;

/** Merges `bundle` into `db` by entry id (rules in mergeRules.ts) and says what changed. */
export async function mergeBundle(
  db: KiosqueDb,
  bundle: JournalBundle,
  options: MergeOptions = {},
): Promise<MergeSummary> {
  return db.transaction('rw', db.journal, db.audit, async () => {
    const ids = bundle.entries.map((e) => e.id);
    // An empty journal (a fresh consolidation PC) has nothing to compare with: skip 100,000 reads.
    const empty = (await db.journal.limit(1).primaryKeys()).length === 0;
    const local = empty ? new Array<undefined>(ids.length) : await db.journal.bulkGet(ids);
    const plan = planMerge(local, bundle.entries, options.notBefore);

    // Audit records are a union: add those this PC does not have yet, for the entries kept.
    const existingIds = ids.filter(
      (_, i) => local[i] !== undefined && plan.keptIds.has(ids[i] ?? ''),
    );
    const known = new Set<string>();
    if (existingIds.length > 0) {
      await db.audit
        .where('entryId')
        .anyOf(existingIds)
        .each((record) => known.add(auditKey(record)));
    }
    const newAudit = bundle.audit.filter((r) => {
      if (!plan.keptIds.has(r.entryId)) return false;
      const key = auditKey(r);
      if (known.has(key)) return false;
      known.add(key); // a bundle repeating a record adds it once
      return true;
    });

    const total = plan.toWrite.length + newAudit.length;
    options.onProgress?.({ phase: 'writing', done: 0, total });
    let done = 0;
    for (const [start, end] of chunkRanges(plan.toWrite.length, WRITE_CHUNK)) {
      await db.journal.bulkPut(plan.toWrite.slice(start, end));
      done = end;
      options.onProgress?.({ phase: 'writing', done, total });
      if (start === 0) options.afterFirstChunk?.();
    }
    for (const [start, end] of chunkRanges(newAudit.length, WRITE_CHUNK)) {
      await db.audit.bulkAdd(newAudit.slice(start, end));
      options.onProgress?.({ phase: 'writing', done: done + end, total });
    }
    return { ...plan.summary, auditAdded: newAudit.length };
  });
}
