/**
 * The journal CSV's rows, written a few weeks of day records at a time: the same loop runs in
 * the page and in the export's workers (journalCsvReaders.ts), each over its own ranges.
 */
import type { JournalStore } from '../../data/store/journalStore';
import { addDays, daysInclusive } from '../../lib/dates';
import type { Period } from '../stats';
import { journalCsvWriter } from './journalCsv';

/** Dates per read while exporting: bounded chunks, each turned into CSV text before the next. */
const EXPORT_DAYS_PER_READ = 31;

export type DateSpan = [from: string, to: string];

/** The period cut into spans of at most EXPORT_DAYS_PER_READ dates, oldest first. */
export function exportSpans(period: Pick<Period, 'from' | 'to'>): DateSpan[] {
  const days = daysInclusive(period.from, period.to);
  const spans: DateSpan[] = [];
  for (let offset = 0; offset < days; offset += EXPORT_DAYS_PER_READ)
    spans.push([
      addDays(period.from, offset),
      addDays(period.from, Math.min(days, offset + EXPORT_DAYS_PER_READ) - 1),
    ]);
  return spans;
}

/** One span's CSV lines, and how many entries (all) and rows (not deleted) they came from. */
export interface CsvPart {
  text: string;
  entries: number;
  rows: number;
}

/** Time spent waiting for day records and turning them into text (for the benchmark). */
export interface CsvTimes {
  readMs: number;
  formatMs: number;
}

/**
 * Writes the spans in order, handing each span's part to `onPart`. Read-ahead: the next span is
 * requested before this one is formatted, so IndexedDB's work (in the browser process) overlaps
 * with the formatting here.
 */
export async function writeCsvSpans(
  store: Pick<JournalStore, 'days'>,
  spans: readonly DateSpan[],
  labels: ReadonlyMap<string, string>,
  onPart: (part: CsvPart) => void | Promise<void>,
): Promise<CsvTimes> {
  const write = journalCsvWriter(labels);
  const read = (i: number) => {
    const span = spans[i];
    return span ? store.days({ from: span[0], to: span[1] }) : Promise.resolve([]);
  };
  const times: CsvTimes = { readMs: 0, formatMs: 0 };
  let next = read(0);
  for (let i = 0; i < spans.length; i += 1) {
    const waiting = performance.now();
    const records = await next;
    next = read(i + 1);
    const formatting = performance.now();
    times.readMs += formatting - waiting;
    if (records.length === 0) continue;
    const part: CsvPart = { text: '', entries: 0, rows: 0 };
    const texts: string[] = [];
    for (const day of records) {
      const written = write(day.entries);
      texts.push(written.text);
      part.rows += written.rows;
      part.entries += day.entries.length;
    }
    part.text = texts.join('');
    times.formatMs += performance.now() - formatting;
    await onPart(part);
  }
  return times;
}
