/**
 * Writes a checked bundle into the database: one read-write transaction over the day records
 * and their summaries, so an import is all or nothing (a crash or an error mid-way rolls it
 * back). Entries are grouped by day and place, so 100,000 entries are about 1,500 writes.
 */
import type { KiosqueDb } from '../../db/db';
import type { JournalEntry } from '../journal/model';
import { dayIdOf, dayKeyOf, draftOf, type DayDraft, type JournalDay } from '../journal/store/days';
import { journalTransaction, saveDrafts } from '../journal/store/dayStore';
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

/** Day records written per step (between two progress reports). */
const WRITE_CHUNK = 100;

/** The local days the incoming entries touch, as drafts, and where each local entry lives. */
interface LocalView {
  drafts: Map<string, DayDraft>;
  home: Map<string, string>;
}

function addDay(view: LocalView, day: JournalDay): void {
  const id = dayIdOf(day);
  if (view.drafts.has(id)) return;
  view.drafts.set(id, draftOf(day, day));
  for (const entry of day.entries) view.home.set(entry.id, id);
}

/**
 * Reads the local copies of the incoming entries. An entry's date, site and poste never change,
 * so its local copy is in the day it names; an id found nowhere there is looked up in the `ids`
 * index (only a damaged or forged file moves an id), unless the journal was empty.
 */
async function readLocal(db: KiosqueDb, incoming: readonly JournalEntry[]): Promise<LocalView> {
  const view: LocalView = { drafts: new Map(), home: new Map() };
  const keys = new Map(incoming.map((e) => [dayIdOf(e), dayKeyOf(e)]));
  const empty = (await db.journalDays.limit(1).primaryKeys()).length === 0;
  if (empty) return view;
  for (const day of await db.journalDays.bulkGet([...keys.values()])) if (day) addDay(view, day);
  const elsewhere = incoming.filter((e) => !view.home.has(e.id)).map((e) => e.id);
  const found = await Promise.all(
    elsewhere.map((id) => db.journalDays.where('ids').equals(id).first()),
  );
  for (const day of found) if (day) addDay(view, day);
  return view;
}

/** Merges `bundle` into `db` by entry id (rules in mergeRules.ts) and says what changed. */
export async function mergeBundle(
  db: KiosqueDb,
  bundle: JournalBundle,
  options: MergeOptions = {},
): Promise<MergeSummary> {
  return journalTransaction(db, async () => {
    const view = await readLocal(db, bundle.entries);
    const localEntry = (id: string): JournalEntry | undefined => {
      const home = view.home.get(id);
      return home === undefined ? undefined : view.drafts.get(home)?.entries.get(id);
    };
    const local = bundle.entries.map((e) => localEntry(e.id));
    const plan = planMerge(local, bundle.entries, options.notBefore);

    const changed = new Set<string>();
    const draftFor = (entry: JournalEntry): DayDraft => {
      const id = dayIdOf(entry);
      let draft = view.drafts.get(id);
      if (!draft) view.drafts.set(id, (draft = draftOf(undefined, entry)));
      return draft;
    };
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
    for (const record of bundle.audit) {
      if (!plan.keptIds.has(record.entryId)) continue;
      const key = auditKey(record);
      const home = view.home.get(record.entryId);
      const draft = home === undefined ? undefined : view.drafts.get(home);
      if (known.has(key) || !draft || home === undefined) continue;
      known.add(key); // a bundle repeating a record adds it once
      draft.audit.push(record);
      changed.add(home);
      auditAdded += 1;
    }

    // By date, so each chunk touches few months (their summaries are recomputed per chunk).
    const drafts = [...changed].sort().flatMap((id) => view.drafts.get(id) ?? []);
    options.onProgress?.({ phase: 'writing', done: 0, total: drafts.length });
    for (const [start, end] of chunkRanges(drafts.length, WRITE_CHUNK)) {
      await saveDrafts(db, drafts.slice(start, end));
      options.onProgress?.({ phase: 'writing', done: end, total: drafts.length });
      if (start === 0) options.afterFirstChunk?.();
    }
    return { ...plan.summary, auditAdded };
  });
}
