/** Test access to what the journal stores, whatever its layout (day records since v3). */
import type { KiosqueDb } from '../../../renderer/data/db';
import type { AuditRecord, JournalEntry } from '../../../renderer/data/types';
import { draftIn, type DayDraft } from '../../../renderer/data/layout/days';
import { findEntry, journalTransaction, saveDrafts } from '../../../renderer/data/store/dayStore';

/** Every stored entry (soft-deleted ones included), by id order. */
export async function storedEntries(db: KiosqueDb): Promise<JournalEntry[]> {
  const days = await db.journalDays.toArray();
  return days.flatMap((d) => d.entries).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Every stored audit record, day by day. */
export async function storedAudit(db: KiosqueDb): Promise<AuditRecord[]> {
  const days = await db.journalDays.toArray();
  return days.flatMap((d) => d.audit);
}

export async function storedEntry(db: KiosqueDb, id: string): Promise<JournalEntry | undefined> {
  return (await findEntry(db, id))?.entry;
}

/** Writes entries as they are (replacing same ids in their day), as another app version would. */
export async function storeEntries(
  db: KiosqueDb,
  entries: readonly JournalEntry[],
  audit: readonly AuditRecord[] = [],
): Promise<void> {
  await journalTransaction(db, async () => {
    const drafts = new Map<string, DayDraft>();
    for (const entry of entries) {
      const stored = await db.journalDays.get([entry.date, entry.siteId, entry.posteId]);
      const draft = draftIn(drafts, entry, stored);
      draft.entries.set(entry.id, entry);
      draft.audit.push(...audit.filter((r) => r.entryId === entry.id));
    }
    await saveDrafts(db, [...drafts.values()]);
  });
}
