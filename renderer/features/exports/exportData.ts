/**
 * Builds export files from the database: the journal CSV of a period (read a few weeks of day
 * records at a time, with progress), the aggregate statistics CSV, and the full JSON bundle.
 */
import type { JournalStore } from '../../data/store/journalStore';
import type { AuditRecord, CatalogueItem, JournalEntry } from '../../data/types';
import { type Period } from '../stats';
import { addDays, daysInclusive } from '../../lib/dates';
import { loadStats } from '../stats';
import { createBundle, serialiseBundle, type BundleOrigin } from './bundleFormat';
import { JOURNAL_CSV_HEADER, journalCsvWriter } from './journalCsv';
import { nextTask, type ProgressListener } from './progress';
import { statsCsv } from './statsCsv';

/** Where exports read: the journal's store, and the catalogue for démarche labels. */
export interface ExportSources {
  store: JournalStore;
  catalogue: { all(): Promise<CatalogueItem[]> };
}

/** Dates per read while exporting: bounded chunks, each turned into CSV text before the next. */
const EXPORT_DAYS_PER_READ = 31;

/** Catalogue code → label, to write démarches by name. */
export async function demarcheLabels(
  catalogue: ExportSources['catalogue'],
): Promise<Map<string, string>> {
  const items = await catalogue.all();
  return new Map(items.map((item) => [item.code, item.label]));
}

/** The journal CSV of a period (soft-deleted entries left out), built chunk by chunk. */
export async function exportJournalCsv(
  { store, catalogue }: ExportSources,
  period: Period,
  onProgress?: ProgressListener,
): Promise<{ content: string; rows: number }> {
  const labels = await demarcheLabels(catalogue);
  const summaries = await store.summaries(period);
  const total = summaries.reduce((n, s) => n + s.total, 0);
  const write = journalCsvWriter(labels);
  const parts: string[] = [JOURNAL_CSV_HEADER];
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
    return range ? store.days({ from: range[0], to: range[1] }) : Promise.resolve([]);
  };
  let next = read(0);
  for (let i = 0; i < chunks.length; i += 1) {
    const waiting = performance.now();
    const records = await next;
    next = read(i + 1);
    const formatting = performance.now();
    readMs += formatting - waiting;
    if (records.length === 0) continue;
    for (const day of records) {
      const written = write(day.entries);
      parts.push(written.text);
      rows += written.rows;
      done += day.entries.length;
    }
    formatMs += performance.now() - formatting;
    onProgress?.({ phase: 'reading', done, total });
    await nextTask();
  }
  performance.measure('kiosque:export-read', { start: 0, duration: readMs });
  performance.measure('kiosque:export-format', { start: 0, duration: formatMs });
  return { content: parts.join(''), rows };
}

/** The aggregate statistics CSV of a period. */
export async function exportStatsCsv(
  { store, catalogue }: ExportSources,
  period: Period,
): Promise<string> {
  const [stats, labels] = await Promise.all([loadStats(store, period), demarcheLabels(catalogue)]);
  return statsCsv(stats, labels);
}

/** The whole journal and audit trail as a bundle text (deleted entries included, for merges). */
export async function exportBundleText(
  store: JournalStore,
  origin: BundleOrigin,
  onProgress?: ProgressListener,
): Promise<{ content: string; entries: number }> {
  onProgress?.({ phase: 'reading', done: 0, total: 1 });
  // Entries and their audit trail live in the same records: one read is a consistent snapshot.
  const days = await store.allDays();
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
