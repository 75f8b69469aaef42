/**
 * The merge of one month of a bundle into the local days it touches, without the database:
 * mergeBundle.ts reads those days, calls `mergeMonth`, and writes the drafts it returns.
 */
import type { JournalEntry } from '../journal/model';
import { dayIdOf, draftIn, draftOf, type DayDraft, type JournalDay } from '../journal/store/days';
import { auditKey, type BundleAuditRecord } from './bundleFormat';
import { planMerge, type MergeSummary } from './mergeRules';

/** The local days the incoming entries touch, as drafts, and where each local entry lives. */
export interface LocalView {
  drafts: Map<string, DayDraft>;
  home: Map<string, string>;
}

export function addDay(view: LocalView, day: JournalDay): void {
  const id = dayIdOf(day);
  if (view.drafts.has(id)) return;
  view.drafts.set(id, draftOf(day, day));
  for (const entry of day.entries) view.home.set(entry.id, id);
}

/**
 * Merges one month of incoming entries (and their audit records) into the local days, and
 * says what changed and which drafts to write.
 */
export function mergeMonth(
  view: LocalView,
  incoming: readonly JournalEntry[],
  auditOf: ReadonlyMap<string, readonly BundleAuditRecord[]>,
  notBefore: string | undefined,
): { summary: MergeSummary; drafts: DayDraft[] } {
  const localEntry = (id: string): JournalEntry | undefined => {
    const home = view.home.get(id);
    return home === undefined ? undefined : view.drafts.get(home)?.entries.get(id);
  };
  const plan = planMerge(
    incoming.map((e) => localEntry(e.id)),
    incoming,
    notBefore,
  );

  const changed = new Set<string>();
  const draftFor = (entry: JournalEntry): DayDraft => draftIn(view.drafts, entry);
  for (const entry of plan.toWrite) {
    const before = view.home.get(entry.id);
    const target = dayIdOf(entry);
    if (before !== undefined && before !== target) {
      // A copy in another day (forged or damaged data): the entry moves, with its trail.
      const old = view.drafts.get(before);
      if (old) {
        old.entries.delete(entry.id);
        const moved = old.audit.filter((r) => r.entryId === entry.id);
        old.audit = old.audit.filter((r) => r.entryId !== entry.id);
        draftFor(entry).audit.push(...moved);
        changed.add(before);
      }
    }
    draftFor(entry).entries.set(entry.id, entry);
    view.home.set(entry.id, target);
    changed.add(target);
  }

  // Audit records are a union: add those this PC does not have yet, for the entries kept,
  // to the day where the entry now lives.
  const known = new Set<string>();
  for (const draft of view.drafts.values())
    for (const r of draft.audit) if (plan.keptIds.has(r.entryId)) known.add(auditKey(r));
  let auditAdded = 0;
  for (const id of plan.keptIds) {
    const home = view.home.get(id);
    const draft = home === undefined ? undefined : view.drafts.get(home);
    if (!draft || home === undefined) continue;
    for (const record of auditOf.get(id) ?? []) {
      const key = auditKey(record);
      if (known.has(key)) continue;
      known.add(key); // a bundle repeating a record adds it once
      draft.audit.push(record);
      changed.add(home);
      auditAdded += 1;
    }
  }
  // By date, so each write touches few months (their summaries are recomputed per write).
  const drafts = [...changed].sort().flatMap((id) => view.drafts.get(id) ?? []);
  return { summary: { ...plan.summary, auditAdded }, drafts };
}
