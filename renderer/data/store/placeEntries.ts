/**
 * Where entries and audit lines go among the day records already read, without the database:
 * the store reads the days an write touches, calls `placeEntries`, and saves the drafts it
 * returns. An entry lives in the day it names (date, site, poste never change); a copy found in
 * another day (a damaged or forged file) moves there with its trail.
 */
import { dayIdOf, draftIn, draftOf, type DayDraft, type JournalDay } from '../layout/days';
import type { AuditRecord, JournalEntry } from '../types';

/** The local days read so far in a write, as drafts, and where each local entry lives. */
export interface LocalView {
  drafts: Map<string, DayDraft>;
  home: Map<string, string>;
  /** Day ids already looked for (found or not), so a write never reads a day twice. */
  read: Set<string>;
}

export const emptyView = (): LocalView => ({ drafts: new Map(), home: new Map(), read: new Set() });

export function addDay(view: LocalView, day: JournalDay): void {
  const id = dayIdOf(day);
  view.read.add(id);
  if (view.drafts.has(id)) return;
  view.drafts.set(id, draftOf(day, day));
  for (const entry of day.entries) view.home.set(entry.id, id);
}

/** The local copy of entry `id` in the view, if any. */
export function localEntry(view: LocalView, id: string): JournalEntry | undefined {
  const home = view.home.get(id);
  return home === undefined ? undefined : view.drafts.get(home)?.entries.get(id);
}

/** Identity of an audit record across counters (its local `seq` differs on each PC). */
export function auditKey(record: Omit<AuditRecord, 'seq'>): string {
  return `${record.entryId}|${record.at}|${record.action}|${record.agentCode}`;
}

/**
 * How audit lines are added: `append` (a change made here: its line is new), or `union` (an
 * import: only lines this PC does not have yet, so a bundle applied twice adds nothing).
 */
export type AuditMode = 'append' | 'union';

export interface Placement {
  /** Drafts to save, by date, so each save touches few months. */
  drafts: DayDraft[];
  auditAdded: number;
  /** Entries whose stored record changed (written, or given new audit lines). */
  touched: Map<string, JournalEntry>;
}

/** Puts `entries` in their days and adds `audit` to the day of each line's entry. */
export function placeEntries(
  view: LocalView,
  entries: readonly JournalEntry[],
  audit: readonly Omit<AuditRecord, 'seq'>[],
  mode: AuditMode,
): Placement {
  const changed = new Set<string>();
  const touched = new Map<string, JournalEntry>();
  const draftFor = (entry: JournalEntry): DayDraft => draftIn(view.drafts, entry);
  for (const entry of entries) {
    const before = view.home.get(entry.id);
    const target = dayIdOf(entry);
    if (before !== undefined && before !== target) {
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
    touched.set(entry.id, entry);
  }

  const known = new Set<string>();
  if (mode === 'union') {
    const ids = new Set(audit.map((r) => r.entryId));
    for (const draft of view.drafts.values())
      for (const r of draft.audit) if (ids.has(r.entryId)) known.add(auditKey(r));
  }
  let auditAdded = 0;
  for (const record of audit) {
    const home = view.home.get(record.entryId);
    const draft = home === undefined ? undefined : view.drafts.get(home);
    if (!draft || home === undefined) continue;
    if (mode === 'union') {
      const key = auditKey(record);
      if (known.has(key)) continue;
      known.add(key); // a bundle repeating a record adds it once
    }
    draft.audit.push(record);
    changed.add(home);
    auditAdded += 1;
    const entry = draft.entries.get(record.entryId);
    if (entry) touched.set(entry.id, entry);
  }
  const drafts = [...changed].sort().flatMap((id) => view.drafts.get(id) ?? []);
  return { drafts, auditAdded, touched };
}
