/** What the page and a journal CSV worker (journalCsv.worker.ts) send each other. */
import type { CsvPart, CsvTimes, DateSpan } from './journalCsvChunks';

export interface CsvJob {
  databaseName: string;
  spans: DateSpan[];
  /** Démarche code → label pairs (a Map does not cross to a worker as cheaply). */
  labels: Array<[string, string]>;
}

/**
 * A span's part as a worker sends it: its lines already encoded as UTF-8 (the file's bytes), in
 * a buffer handed over to the page rather than copied (why: exportJournalCsv).
 */
export interface CsvBytes extends Omit<CsvPart, 'text'> {
  bytes: Uint8Array<ArrayBuffer>;
}

export type CsvReply =
  /** Posted as soon as the worker's script runs: a worker that never says it is up is dropped. */
  | { kind: 'started' }
  | { kind: 'part'; part: CsvBytes }
  | { kind: 'done'; times: CsvTimes }
  | { kind: 'failed'; message: string };
