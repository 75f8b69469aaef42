/**
 * An import from start to end: check the whole file, then merge it in one transaction.
 * Nothing is written unless the file passed every check.
 */
import type { JournalStore } from '../../data/store/journalStore';
import { retentionCutoff } from '../../data/retention';
import { localIsoDate } from '../../lib/dates';
import { mergeBundle } from './mergeBundle';
import type { MergeSummary } from './mergeRules';
import { parseBundle, type BundleProblem } from './parseBundle';
import type { ProgressListener } from './progress';

export type ImportOutcome =
  | { ok: true; summary: MergeSummary }
  | { ok: false; problem: BundleProblem | { code: 'read-failed' } | { code: 'write-failed' } };

/** Checks and merges a bundle's text; entries beyond the retention period are left out. */
export async function importBundleText(
  store: JournalStore,
  text: string,
  retentionMonths: number,
  onProgress?: ProgressListener,
): Promise<ImportOutcome> {
  // The two phases are measured (performance.measure) so the benchmark can tell them apart.
  const started = performance.now();
  const parsed = await parseBundle(text, onProgress);
  performance.measure('kiosque:import-check', { start: started });
  if (!parsed.ok) return parsed;
  const writing = performance.now();
  try {
    const summary = await mergeBundle(store, parsed.bundle, {
      notBefore: retentionCutoff(localIsoDate(), retentionMonths),
      ...(onProgress ? { onProgress } : {}),
    });
    performance.measure('kiosque:import-write', { start: writing });
    return { ok: true, summary };
  } catch {
    // A full disk or an aborted transaction: the merge is one transaction, so nothing changed.
    return { ok: false, problem: { code: 'write-failed' } };
  }
}
