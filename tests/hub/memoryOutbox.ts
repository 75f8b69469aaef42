/**
 * A counter's journal and outbox held in memory, following the outbox contract of the data
 * layer (take oldest pending with their marks; acknowledge removes only rows whose updatedAt
 * is unchanged), to drive drainOutbox against the real hub.
 */
import type { DrainSource, OutboxMark } from '../../electron/shared/hub/drain';
import type { JournalEntry } from '../../renderer/features/journal/model';

export function memoryCounter() {
  const journal = new Map<string, JournalEntry>();
  const outbox = new Map<string, { updatedAt: string; queuedAt: number }>();
  let clock = 0;
  const save = (entry: JournalEntry) => {
    journal.set(entry.id, entry);
    outbox.set(entry.id, { updatedAt: entry.updatedAt, queuedAt: (clock += 1) });
  };
  /** Runs while a push is in flight (set by a test). */
  let duringSend: (() => void) | null = null;
  const source: DrainSource = {
    async take(limit) {
      const ids = [...outbox.entries()]
        .sort((a, b) => a[1].queuedAt - b[1].queuedAt)
        .slice(0, limit)
        .map(([id]) => id);
      const entries = ids.map((id) => journal.get(id) as JournalEntry);
      const marks: OutboxMark[] = entries.map((e) => ({ id: e.id, updatedAt: e.updatedAt }));
      return { entries, audit: [], marks };
    },
    async acknowledge(marks) {
      for (const m of marks) if (outbox.get(m.id)?.updatedAt === m.updatedAt) outbox.delete(m.id);
    },
    async stats() {
      return {
        pending: outbox.size,
        oldestQueuedAt: outbox.size ? new Date().toISOString() : null,
      };
    },
    async dayMarks(from, to) {
      return [...journal.values()]
        .filter((e) => e.date >= from && e.date <= to)
        .map(({ id, date, updatedAt, deletedAt }) => ({ id, date, updatedAt, deletedAt }));
    },
  };
  return {
    source,
    save,
    journal,
    pending: () => outbox.size,
    onSend(fn: (() => void) | null) {
      duringSend = fn;
    },
    takeDuringSend() {
      const fn = duringSend;
      duringSend = null;
      fn?.();
    },
  };
}
