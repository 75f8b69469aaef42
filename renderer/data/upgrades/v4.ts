/**
 * The version-4 upgrade (frozen once released: never edit). Version 4 adds the outbox of the
 * métropole hub: one row per entry not yet pushed. Every entry already stored is queued, so a
 * counter's whole history is pushed once; rows of other places (imported from other counters)
 * are dropped by the first push, which only sends its own place.
 */
import type { Transaction } from 'dexie';

interface DayV4 {
  siteId: string;
  posteId: string;
  entries: Array<{ id: string; updatedAt: string }>;
}

/** Queues every stored entry; they all share the upgrade's time. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const queuedAt = new Date().toISOString();
  const outbox = tx.table('outbox');
  const rows: Array<Record<string, string>> = [];
  await tx.table('journalDays').each((day: DayV4) => {
    for (const e of day.entries)
      rows.push({
        id: e.id,
        updatedAt: e.updatedAt,
        queuedAt,
        siteId: day.siteId,
        posteId: day.posteId,
      });
  });
  await outbox.bulkPut(rows);
}
