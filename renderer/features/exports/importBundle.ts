/**
 * An import from start to end, shared by "Importer" (Exports) and "Restaurer" (Données): read
 * the file, check it whole, merge what passed in one transaction, and report. Nothing is
 * written unless the file passed its checks; entries and history lines refused one by one are
 * left out and listed in the report.
 */
import type { JournalStore } from '../../data/store/journalStore';
import { retentionCutoff } from '../../data/retention';
import { localIsoDate } from '../../lib/dates';
import { mergeBundle } from './mergeBundle';
import type { MergeSummary } from './mergeRules';
import { MAX_JOURNAL_FILE_BYTES } from '../../../electron/shared/limits';
import { parseBundle, TOO_LARGE, type BundleProblem } from './parseBundle';
import type { ProgressListener } from './progress';
import type { RefusalReport } from './refusals';

export type ImportOutcome =
  | { ok: true; summary: MergeSummary; refused: RefusalReport }
  | { ok: false; problem: BundleProblem | { code: 'read-failed' } | { code: 'write-failed' } };

/**
 * Checks and merges a bundle's text; entries beyond the retention period are left out.
 * `now` is the clock dates are checked against (tests fix it).
 */
export async function importBundleText(
  store: JournalStore,
  text: string,
  retentionMonths: number,
  onProgress?: ProgressListener,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  // The two phases are measured (performance.measure) so the benchmark can tell them apart.
  const started = performance.now();
  const parsed = await parseBundle(text, { onProgress, now });
  performance.measure('kiosque:import-check', { start: started });
  if (!parsed.ok) return parsed;
  const writing = performance.now();
  try {
    const summary = await mergeBundle(store, parsed.bundle, {
      notBefore: retentionCutoff(localIsoDate(now), retentionMonths),
      ...(onProgress ? { onProgress } : {}),
    });
    performance.measure('kiosque:import-write', { start: writing });
    return { ok: true, summary, refused: parsed.refused };
  } catch {
    // A full disk or an aborted transaction: the merge is one transaction, so nothing changed.
    return { ok: false, problem: { code: 'write-failed' } };
  }
}

/** A file to import: its size in bytes when known (checked before it is read), and its text. */
export interface ImportSource {
  size?: number;
  read: () => Promise<string>;
}

/**
 * Reads the file (a failed read is an outcome, not an exception), then imports it. A file over
 * the journal files' cap is refused before it is read, here or by main.
 */
export async function readAndImport(
  store: JournalStore,
  source: ImportSource,
  retentionMonths: number,
  onProgress?: ProgressListener,
): Promise<ImportOutcome> {
  if (source.size !== undefined && source.size > MAX_JOURNAL_FILE_BYTES)
    return { ok: false, problem: TOO_LARGE };
  let text: string;
  try {
    text = await source.read();
  } catch (error) {
    // Main refuses a backup over the cap with this code (electron/files/backups.ts).
    const tooLarge = error instanceof Error && error.message.includes('too-large');
    return { ok: false, problem: tooLarge ? TOO_LARGE : { code: 'read-failed' } };
  }
  return importBundleText(store, text, retentionMonths, onProgress);
}

/** What the technical log keeps of an outcome: counts and codes, never a value of the file. */
export function outcomeLogDetails(outcome: ImportOutcome): Record<string, string | number> {
  if (!outcome.ok) return { refused: outcome.problem.code };
  return {
    ...outcome.summary,
    refusedEntries: outcome.refused.entries,
    refusedAudit: outcome.refused.audit,
  };
}
