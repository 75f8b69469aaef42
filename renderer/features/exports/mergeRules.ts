/**
 * The merge rules of consolidation, as pure functions: entries are matched by UUID, the most
 * recent change wins (an edit or a deletion, whichever is later), equal change times keep the
 * local row. Applying the same bundle twice therefore changes nothing the second time.
 */
import type { JournalEntry } from '../../data/types';

export type MergeDecision = 'add' | 'update' | 'unchanged' | 'older' | 'expired';

export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Incoming entries older than the local copy (the local one was edited later). */
  ignoredOlder: number;
  /** Incoming entries dated before the retention cut-off (they would be purged at once). */
  ignoredExpired: number;
  auditAdded: number;
}

export const emptySummary = (): MergeSummary => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  ignoredOlder: 0,
  ignoredExpired: 0,
  auditAdded: 0,
});

/** When an entry last changed: its last edit, or its deletion when that came later. */
export function changeTime(entry: JournalEntry): string {
  return entry.deletedAt !== null && entry.deletedAt > entry.updatedAt
    ? entry.deletedAt
    : entry.updatedAt;
}

/**
 * What to do with one incoming entry given the local copy (if any).
 * `notBefore`: retention cut-off date (YYYY-MM-DD); entries dated before it are not imported.
 */
export function decide(
  local: JournalEntry | undefined,
  incoming: JournalEntry,
  notBefore?: string,
): MergeDecision {
  if (notBefore !== undefined && incoming.date < notBefore) return 'expired';
  if (!local) return 'add';
  const theirs = changeTime(incoming);
  const ours = changeTime(local);
  if (theirs > ours) return 'update';
  return theirs === ours ? 'unchanged' : 'older';
}

export interface MergePlan {
  /** Rows to put (added or updated). */
  toWrite: JournalEntry[];
  /** Ids whose audit records may be imported (every incoming entry not expired). */
  keptIds: Set<string>;
  summary: MergeSummary;
}

/** Decides every incoming entry against the local rows (same order as `incoming`). */
export function planMerge(
  local: ReadonlyArray<JournalEntry | undefined>,
  incoming: readonly JournalEntry[],
  notBefore?: string,
): MergePlan {
  const summary = emptySummary();
  const toWrite: JournalEntry[] = [];
  const keptIds = new Set<string>();
  incoming.forEach((entry, i) => {
    const decision = decide(local[i], entry, notBefore);
    if (decision !== 'expired') keptIds.add(entry.id);
    switch (decision) {
      case 'add':
        summary.added += 1;
        toWrite.push(entry);
        break;
      case 'update':
        summary.updated += 1;
        toWrite.push(entry);
        break;
      case 'unchanged':
        summary.unchanged += 1;
        break;
      case 'older':
        summary.ignoredOlder += 1;
        break;
      case 'expired':
        summary.ignoredExpired += 1;
        break;
    }
  });
  return { toWrite, keptIds, summary };
}
