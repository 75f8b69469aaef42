/**
 * Builds export files from the database: the journal CSV of a period (read a few weeks of day
 * records at a time, with progress), the aggregate statistics CSV, and the full JSON bundle.
 */
import type { KiosqueDb } from '../../db/db';
import type { AuditRecord, JournalEntry } from '../journal/model';
import { daysBetween, periodSummaries } from '../journal/store/dayStore';
import { addDays, daysInclusive, type Period } from '../stats/period';
import { loadStats } from '../stats/statsQuery';
import { createBundle, serialiseBundle, type BundleOrigin } from './bundleFormat';
import { journalCsvChunk } from './journalCsv';
import { nextTask, type ProgressListener } from './progress';
import { statsCsv } from './statsCsv';

/** Dates per read while exporting: bounded chunks, each turned into CSV text before the next. */
const EXPORT_DAYS_PER_READ = 31;

/** Catalogue code → label, to write démarches by name. */
export async function demarcheLabels(db: KiosqueDb): Promise<Map<string, string>> {
  const items = await db.catalogue.toArray();
  return new Map(items.map((item) => [item.code, item.label]));
}

/** The journal CSV of a period (soft-deleted entries left out), built chunk by chunk. */
export async function exportJournalCsv(
  db: KiosqueDb,
  period: Period,
  onProgress?: ProgressListener,
): Promise<{ content: string; rows: number }> {
  const labels = await demarcheLabels(db);
  const summaries = await periodSummaries(db, period.from, period.to);
  const total = summaries.reduce((n, s) => n + s.total, 0);
  const parts: string[] = [journalCsvChunk([], labels, true)];
  const days = daysInclusive(period.from, period.to);
  let done = 0;
  let rows = 0;
  // Waiting for reads and formatting are timed apart (performance.measure) for the benchmark.
  let readMs = 0;
  let formatMs = 0;
  onProgress?.({ phase: 'reading', done, total });
  // Read-ahead: the next chunk is requested before this one is formatted, so IndexedDB's work
  // (in the browser process) overlaps with the formatting here.
  const chunks: Array<[string, string]> = [];
  for (let offset = 0; offset < days; offset += EXPORT_DAYS_PER_READ)
    chunks.push([
      addDays(period.from, offset),
      addDays(period.from, Math.min(days, offset + EXPORT_DAYS_PER_READ) - 1),
    ]);
  const read = (i: number) => {
    const range = chunks[i];
    return range ? daysBetween(db, range[0], range[1]).toArray() : Promise.resolve([]);
  };
  let next = read(0);
  for (let i = 0; i < chunks.length; i += 1) {
    const waiting = performance.now();
    const records = await next;
    next = read(i + 1);
    const formatting = performance.now();
    readMs += formatting - waiting;
    const chunk: JournalEntry[] = records.flatMap((day) => day.entries);
    if (chunk.length === 0) continue;
    parts.push(journalCsvChunk(chunk, labels, false));
    formatMs += performance.now() - formatting;
    rows += chunk.filter((e) => e.deletedAt === null).length;
    done += chunk.length;
    onProgress?.({ phase: 'reading', done, total });
    await nextTask();
  }
  performance.measure('kiosque:export-read', { start: 0, duration: readMs });
  performance.measure('kiosque:export-format', { start: 0, duration: formatMs });
  return { content: parts.join(''), rows };
}

/** The aggregate statistics CSV of a period. */
export async function exportStatsCsv(db: KiosqueDb, period: Period): Promise<string> {
  const [stats, labels] = await Promise.all([loadStats(db, period), demarcheLabels(db)]);
  return statsCsv(stats, labels);
}

/** The whole journal and audit trail as a bundle text (deleted entries included, for merges). */
export async function exportBundleText(
  db: KiosqueDb,
  origin: BundleOrigin,
  onProgress?: ProgressListener,
): Promise<{ content: string; entries: number }> {
  onProgress?.({ phase: 'reading', done: 0, total: 1 });
  // Entries and their audit trail live in the same records: one read is a consistent snapshot.
  const days = await db.journalDays.toArray();
  const entries: JournalEntry[] = [];
  const audit: AuditRecord[] = [];
  for (const day of days) {
    entries.push(...day.entries);
    audit.push(...day.audit);
  }
  onProgress?.({ phase: 'serialising', done: 0, total: 1 });
  await nextTask();
  const content = serialiseBundle(createBundle(origin, entries, audit));
  onProgress?.({ phase: 'serialising', done: 1, total: 1 });
  return { content, entries: entries.length };
}
