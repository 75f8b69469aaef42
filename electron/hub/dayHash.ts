/**
 * The per-day count and hash of a poste's entries, the proof of no loss: SHA-256 of one line
 * per entry, "id|updatedAt ms|deletedAt ms", ordered by id, soft-deleted entries included.
 * kiosque.jours_serveur computes the same text on the server (resources/hub/001_init.sql).
 */
import { createHash } from 'node:crypto';

export interface EntryMark {
  id: string;
  date: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface DayReport {
  day: string;
  /** Live entries (soft-deleted ones are in the hash, not in the count). */
  count: number;
  hash: string;
}

const ms = (iso: string) => String(Date.parse(iso));

export function dayReport(day: string, marks: readonly EntryMark[]): DayReport {
  const lines = marks
    .map((m) => ({ ...m, id: m.id.toLowerCase() }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((m) => `${m.id}|${ms(m.updatedAt)}|${m.deletedAt === null ? '' : ms(m.deletedAt)}`);
  return {
    day,
    count: marks.filter((m) => m.deletedAt === null).length,
    hash: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

/** One report per day in `days` (a day without entries reports 0 and the empty hash). */
export function dayReports(days: readonly string[], marks: readonly EntryMark[]): DayReport[] {
  const byDay = new Map<string, EntryMark[]>();
  for (const m of marks) byDay.set(m.date, [...(byDay.get(m.date) ?? []), m]);
  return days.map((day) => dayReport(day, byDay.get(day) ?? []));
}

/** The last `n` local calendar days ending today, oldest first (YYYY-MM-DD). */
export function lastDays(n: number, today: Date = new Date()): string[] {
  const days: string[] = [];
  for (let i = n - 1; i >= 0; i -= 1) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i);
    const mm = String(d.getMonth() + 1).padStart(2, '0');
    const dd = String(d.getDate()).padStart(2, '0');
    days.push(`${d.getFullYear()}-${mm}-${dd}`);
  }
  return days;
}
