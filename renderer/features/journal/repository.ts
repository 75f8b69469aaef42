/**
 * The journal repository: the only code that changes journal entries one at a time. Every
 * write validates the entry and adds its audit line to the same day record, in one
 * transaction with the day's statistics summary, so an acknowledged entry always has its
 * trail and its place in the statistics, and a failed write leaves none of them.
 */
import type { JournalStore } from '../../data/store/journalStore';
import { keyOf, type JournalCursor } from '../../data/store/newestFirst';
import type { AuditRecord, JournalEntry } from '../../data/types';
import { diffEntries } from './audit';
import { entryFromDraft, type EntryContext, type JournalDraft } from './draft';
import { matchesFilter, type JournalFilter } from './filter';
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

function checked(entry: JournalEntry, now: Date): JournalEntry {
  const result = validateJournalEntry(entry, now);
  if (!result.ok) throw new JournalValidationError(result.issues);
  return result.entry;
}

export function createJournalRepository(store: JournalStore) {
  /** Replaces (or adds) `entry` and appends `record` to its trail, in one transaction. */
  const writeWithAudit = (entry: JournalEntry, record: AuditRecord) =>
    store.write((w) => w.apply([entry], [record]));

  return {
    /** Saves a new démarche with a fresh UUID; resolves once it is durably written. */
    async add(draft: JournalDraft, context: EntryContext, now = new Date()): Promise<JournalEntry> {
      const entry = checked(entryFromDraft(draft, context, now, crypto.randomUUID()), now);
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
      return store.write(async (w) => {
        const before = await w.find(id);
        if (!before) throw new Error('journal-entry-not-found');
        const after = checked(
          {
            ...before,
            ...draft,
            orientation: draft.issue === 'oriente' ? draft.orientation : null,
            note: draft.note?.trim() ? draft.note.trim() : null,
            updatedAt: now.toISOString(),
          },
          now,
        );
        const changes = diffEntries(before, after);
        if (Object.keys(changes).length === 0) return before;
        await w.apply(
          [after],
          [{ entryId: id, at: after.updatedAt, agentCode, action: 'update', changes }],
        );
        return after;
      });
    },

    /** Soft delete: the entry stays for the trail and for merges, hidden from lists and stats. */
    async softDelete(id: string, agentCode: string, now = new Date()): Promise<void> {
      await this.setDeleted(id, agentCode, now, true);
    },

    /** Undoes a soft delete (the "Annuler" of the confirmation). */
    async restore(id: string, agentCode: string, now = new Date()): Promise<void> {
      await this.setDeleted(id, agentCode, now, false);
    },

    async setDeleted(id: string, agentCode: string, now: Date, deleted: boolean): Promise<void> {
      await store.write(async (w) => {
        const before = await w.find(id);
        if (!before) throw new Error('journal-entry-not-found');
        if ((before.deletedAt !== null) === deleted) return;
        const at = now.toISOString();
        const deletedAt = deleted ? at : null;
        await w.apply(
          [{ ...before, deletedAt, updatedAt: at }],
          [
            {
              entryId: id,
              at,
              agentCode,
              action: deleted ? 'delete' : 'restore',
              changes: { deletedAt: [before.deletedAt, deletedAt] },
            },
          ],
        );
      });
    },

    get(id: string): Promise<JournalEntry | undefined> {
      return store.find(id);
    },

    /** The trail of one entry, oldest first. */
    trail(id: string): Promise<AuditRecord[]> {
      return store.trail(id);
    },

    /**
     * One page of entries, newest first, continuing after `cursor`: only the days from the
     * cursor's date back are read, so a page costs the same however many came before it.
     */
    async page(
      filter: JournalFilter,
      cursor: JournalCursor | null,
      limit = 50,
    ): Promise<JournalPage> {
      const entries = await store.newestFirst(filter, cursor, limit, (e) =>
        matchesFilter(e, filter),
      );
      const last = entries[entries.length - 1];
      return { entries, next: entries.length === limit && last ? keyOf(last) : null };
    },

    /** How many entries match: day summaries only when just the period filters, else a walk. */
    async count(filter: JournalFilter): Promise<number> {
      const periodOnly =
        filter.thematique === null &&
        filter.organisme === null &&
        filter.issue === null &&
        filter.agentCode === null;
      let n = 0;
      if (periodOnly) {
        for (const s of await store.summaries(filter))
          n += filter.includeDeleted ? s.total : s.count;
        return n;
      }
      await store.eachDay(filter, (day) => {
        for (const e of day.entries) if (matchesFilter(e, filter)) n += 1;
      });
      return n;
    },

    /** Entries stored in all, soft-deleted ones included (from the month summaries). */
    async total(): Promise<number> {
      return (await store.monthSummaries()).reduce((n, s) => n + s.total, 0);
    },

    /** The démarche codes this agent logged most recently (for one-tap presets), newest first. */
    async recentDemarches(agentCode: string, since: string, max = 4): Promise<JournalEntry[]> {
      const seen = new Set<string>();
      const picked: JournalEntry[] = [];
      const period = { from: since, to: '9999-12-31' };
      let cursor: JournalCursor | null = null;
      const mine = (e: JournalEntry) => e.agentCode === agentCode && e.deletedAt === null;
      for (;;) {
        const batch: JournalEntry[] = await store.newestFirst(period, cursor, 100, mine);
        for (const e of batch) {
          if (picked.length >= max || seen.has(e.demarche)) continue;
          seen.add(e.demarche);
          picked.push(e);
        }
        const last = batch[batch.length - 1];
        if (picked.length >= max || batch.length < 100 || !last) return picked;
        cursor = keyOf(last);
      }
    },
  };
}

export type JournalRepository = ReturnType<typeof createJournalRepository>;
