/**
 * The journal repository: the only code that writes journal rows. Every write validates the
 * entry and records its audit line in the same transaction, so an acknowledged entry always
 * has its trail and a failed write leaves neither.
 */
import { db as appDb, type KiosqueDb } from '../../db/db';
import { diffEntries } from './audit';
import { entryFromDraft, type EntryContext, type JournalDraft } from './draft';
import type { AuditRecord, JournalEntry } from './model';
import { matchesFilter, type JournalCursor, type JournalFilter } from './filter';
import { validateJournalEntry, type JournalEntryIssues } from './validation';

export class JournalValidationError extends Error {
  constructor(readonly issues: JournalEntryIssues) {
    super(`invalid journal entry: ${Object.keys(issues).join(', ')}`);
    this.name = 'JournalValidationError';
  }
}

export interface JournalPage {
  entries: JournalEntry[];
  /** Pass back to get the next (older) page; null when there is none. */
  next: JournalCursor | null;
}

const PAGE_INDEX = '[date+createdAt+id]';
// IndexedDB key order: numbers < dates < strings < arrays. Our key parts are strings, so these
// bound every possible part. A fresh array each time: the same array object twice in one key
// is refused as a cycle by the spec's key conversion (and so is Dexie.maxKey used twice).
const LOWEST = -Infinity;
const highest = (): never[][] => [[]];
const keyOf = (e: JournalEntry): JournalCursor => [e.date, e.createdAt, e.id];

function checked(entry: JournalEntry): JournalEntry {
  const result = validateJournalEntry(entry);
  if (!result.ok) throw new JournalValidationError(result.issues);
  return result.entry;
}

export function createJournalRepository(db: KiosqueDb) {
  const writeWithAudit = (entry: JournalEntry, record: AuditRecord) =>
    db.transaction('rw', db.journal, db.audit, async () => {
      await db.journal.put(entry);
      await db.audit.add(record);
    });

  return {
    /** Saves a new démarche with a fresh UUID; resolves once it is durably written. */
    async add(draft: JournalDraft, context: EntryContext, now = new Date()): Promise<JournalEntry> {
      const entry = checked(entryFromDraft(draft, context, now, crypto.randomUUID()));
      await writeWithAudit(entry, {
        entryId: entry.id,
        at: entry.createdAt,
        agentCode: context.agentCode,
        action: 'create',
        changes: {},
      });
      return entry;
    },

    /** Applies an edit; records which fields changed (never the note's text). */
    async update(
      id: string,
      draft: JournalDraft,
      agentCode: string,
      now = new Date(),
    ): Promise<JournalEntry> {
      return db.transaction('rw', db.journal, db.audit, async () => {
        const before = await db.journal.get(id);
        if (!before) throw new Error('journal-entry-not-found');
        const after = checked({
          ...before,
          ...draft,
          orientation: draft.issue === 'oriente' ? draft.orientation : null,
          note: draft.note?.trim() ? draft.note.trim() : null,
          updatedAt: now.toISOString(),
        });
        const changes = diffEntries(before, after);
        if (Object.keys(changes).length === 0) return before;
        await db.journal.put(after);
        await db.audit.add({
          entryId: id,
          at: after.updatedAt,
          agentCode,
          action: 'update',
          changes,
        });
        return after;
      });
    },

    /** Soft delete: the row stays for the trail and for merges, hidden from lists and stats. */
    async softDelete(id: string, agentCode: string, now = new Date()): Promise<void> {
      await this.setDeleted(id, agentCode, now, true);
    },

    /** Undoes a soft delete (the "Annuler" of the confirmation). */
    async restore(id: string, agentCode: string, now = new Date()): Promise<void> {
      await this.setDeleted(id, agentCode, now, false);
    },

    async setDeleted(id: string, agentCode: string, now: Date, deleted: boolean): Promise<void> {
      await db.transaction('rw', db.journal, db.audit, async () => {
        const before = await db.journal.get(id);
        if (!before) throw new Error('journal-entry-not-found');
        if ((before.deletedAt !== null) === deleted) return;
        const at = now.toISOString();
        const deletedAt = deleted ? at : null;
        await db.journal.put({ ...before, deletedAt, updatedAt: at });
        await db.audit.add({
          entryId: id,
          at,
          agentCode,
          action: deleted ? 'delete' : 'restore',
          changes: { deletedAt: [before.deletedAt, deletedAt] },
        });
      });
    },

    async get(id: string): Promise<JournalEntry | undefined> {
      return db.journal.get(id);
    },

    /**
     * One page of entries, newest first, walking the `[date+createdAt+id]` index from the
     * cursor: the cost of a page does not grow with the number of pages before it.
     */
    async page(
      filter: JournalFilter,
      cursor: JournalCursor | null,
      limit = 50,
    ): Promise<JournalPage> {
      const lower = [filter.from, LOWEST, LOWEST];
      const upper = cursor ?? [filter.to, highest(), highest()];
      const entries = await db.journal
        .where(PAGE_INDEX)
        .between(lower, upper, true, cursor === null)
        .reverse()
        .filter((e) => matchesFilter(e, filter))
        .limit(limit)
        .toArray();
      const last = entries[entries.length - 1];
      return { entries, next: entries.length === limit && last ? keyOf(last) : null };
    },

    /** How many entries match: index counts only when just the period filters, else a cursor walk. */
    async count(filter: JournalFilter): Promise<number> {
      const range = db.journal.where('date').between(filter.from, filter.to, true, true);
      const periodOnly =
        filter.thematique === null &&
        filter.organisme === null &&
        filter.issue === null &&
        filter.agentCode === null;
      if (!periodOnly) return range.filter((e) => matchesFilter(e, filter)).count();
      const all = await range.count();
      if (filter.includeDeleted) return all;
      const deleted = await db.journal
        .where('[date+deletedAt]')
        .between([filter.from, LOWEST], [filter.to, highest()], true, true)
        .count();
      return all - deleted;
    },

    /** The démarche codes this agent logged most recently (for one-tap presets), newest first. */
    async recentDemarches(agentCode: string, since: string, max = 4): Promise<JournalEntry[]> {
      const seen = new Set<string>();
      const picked: JournalEntry[] = [];
      await db.journal
        .where(PAGE_INDEX)
        .between([since, LOWEST, LOWEST], [highest(), highest(), highest()])
        .reverse()
        .until(() => picked.length >= max)
        .each((e) => {
          if (e.agentCode !== agentCode || e.deletedAt !== null || seen.has(e.demarche)) return;
          seen.add(e.demarche);
          picked.push(e);
        });
      return picked;
    },
  };
}

export type JournalRepository = ReturnType<typeof createJournalRepository>;

/** The app database's journal. */
export const journal = createJournalRepository(appDb);
