/**
 * Builds export files from the database: the journal CSV of a period (a few weeks of day
 * records at a time, in workers when the page can start them, with progress), the aggregate
 * statistics CSV, and the full JSON bundle.
 */
import type { JournalStore } from '../../data/store/journalStore';
import type { AuditRecord, CatalogueItem, JournalEntry } from '../../data/types';
import { type Period } from '../stats';
import { loadStats } from '../stats';
import { createBundle, serialiseBundle, type BundleOrigin } from './bundleFormat';
import { JOURNAL_CSV_HEADER } from './journalCsv';
import { exportSpans, writeCsvSpans, type CsvTimes } from './journalCsvChunks';
import type { CsvBytes } from './csvReaderProtocol';
import { joinBytes } from '../../lib/bytes';
import { canReadInWorkers, readInWorkers } from './journalCsvReaders';
import { nextTask, type ProgressListener } from './progress';
import { statsCsv } from './statsCsv';

/** Where exports read: the journal's store, and the catalogue for démarche labels. */
export interface ExportSources {
  store: JournalStore;
  catalogue: { all(): Promise<CatalogueItem[]> };
}

const encoder = new TextEncoder();

/** Catalogue code → label, to write démarches by name. */
export async function demarcheLabels(
  catalogue: ExportSources['catalogue'],
): Promise<Map<string, string>> {
  const items = await catalogue.all();
  return new Map(items.map((item) => [item.code, item.label]));
}

/**
 * The journal CSV of a period (soft-deleted entries left out), built span by span: in workers
 * when the page can start them (journalCsvReaders), in the page otherwise or if they fail.
 * The file comes as its UTF-8 bytes, ready to save: the workers encode their own parts, which
 * spares the page a year's text as one string (turning that into a file took 140–430 ms of
 * the page's thread for 100,000 entries, median 280 ms of a 995 ms export).
 */
export async function exportJournalCsv(
  { store, catalogue }: ExportSources,
  period: Period,
  onProgress?: ProgressListener,
): Promise<{ content: Uint8Array<ArrayBuffer>; rows: number }> {
  const labels = await demarcheLabels(catalogue);
  const summaries = await store.summaries(period);
  const total = summaries.reduce((n, s) => n + s.total, 0);
  const spans = exportSpans(period);
  let done = 0;
  onProgress?.({ phase: 'reading', done, total });
  let parts: CsvBytes[] | null = null;
  let times: CsvTimes | null = null;
  if (canReadInWorkers()) {
    try {
      ({ parts, times } = await readInWorkers(store.databaseName, spans, labels, (entries) => {
        done += entries;
        onProgress?.({ phase: 'reading', done, total });
      }));
    } catch (error) {
      // Nothing is lost: the page writes the same file itself, only more slowly.
      console.warn('[kiosque] warn export.workers', error);
      done = 0;
    }
  }
  if (!parts || !times) {
    const inPage: CsvBytes[] = [];
    times = await writeCsvSpans(store, spans, labels, async ({ text, entries, rows }) => {
      const part = { bytes: encoder.encode(text), entries, rows };
      inPage.push(part);
      done += part.entries;
      onProgress?.({ phase: 'reading', done, total });
      await nextTask();
    });
    parts = inPage;
  }
  // Waiting for reads and formatting are timed apart (performance.measure) for the benchmark.
  performance.measure('kiosque:export-read', { start: 0, duration: times.readMs });
  performance.measure('kiosque:export-format', { start: 0, duration: times.formatMs });
  const content = joinBytes([encoder.encode(JOURNAL_CSV_HEADER), ...parts.map((p) => p.bytes)]);
  return { content, rows: parts.reduce((n, part) => n + part.rows, 0) };
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
