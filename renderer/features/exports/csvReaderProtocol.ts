/** What the page and a journal CSV worker (journalCsv.worker.ts) send each other. */
import type { CsvPart, CsvTimes, DateSpan } from './journalCsvChunks';

export interface CsvJob {
  databaseName: string;
  spans: DateSpan[];
  /** Démarche code → label pairs (a Map does not cross to a worker as cheaply). */
  labels: Array<[string, string]>;
}

export type CsvReply =
  /** Posted as soon as the worker's script runs: a worker that never says it is up is dropped. */
  | { kind: 'started' }
  | { kind: 'part'; part: CsvPart }
  | { kind: 'done'; times: CsvTimes }
  | { kind: 'failed'; message: string };
