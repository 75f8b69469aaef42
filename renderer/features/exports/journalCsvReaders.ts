/**
 * The journal CSV of a long period, written by workers side by side: each takes a contiguous
 * share of the spans, reads and formats it over its own database connection, and the page
 * only puts the parts in order. A year of 100,000 entries spent about two thirds of its time
 * decoding day records on the page's thread; two workers split that over both cores.
 */
import type { CsvBytes, CsvJob, CsvReply } from './csvReaderProtocol';
import type { CsvTimes, DateSpan } from './journalCsvChunks';

/** At most this many workers: each holds a database connection and its share of the text. */
const MAX_READERS = 2;

/** A worker not up by then (its file missing, refused, never run) is given up: the page writes. */
export const WORKER_START_MS = 10_000;

/** Whether this page can start the workers (not in unit tests' Node, nor a page without them). */
export const canReadInWorkers = (): boolean => typeof Worker === 'function';

/** `spans` cut into `count` contiguous shares, as even as whole spans allow. */
export function shareSpans(spans: readonly DateSpan[], count: number): DateSpan[][] {
  const n = Math.max(1, Math.min(count, spans.length));
  const shares: DateSpan[][] = [];
  for (let i = 0; i < n; i += 1)
    shares.push(
      spans.slice(Math.round((i * spans.length) / n), Math.round(((i + 1) * spans.length) / n)),
    );
  return shares;
}

function readShare(
  job: CsvJob,
  onPart: (part: CsvBytes) => void,
): { done: Promise<CsvTimes>; stop: () => void } {
  const worker = new Worker(new URL('./journalCsv.worker.ts', import.meta.url), {
    type: 'module',
    name: 'kiosque-csv',
  });
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<CsvTimes>((resolve, reject) => {
    startTimer = setTimeout(
      () => reject(new Error('export worker did not start')),
      WORKER_START_MS,
    );
    worker.onmessage = (event: MessageEvent<CsvReply>) => {
      const reply = event.data;
      if (reply.kind === 'started') clearTimeout(startTimer);
      else if (reply.kind === 'part') onPart(reply.part);
      else if (reply.kind === 'done') resolve(reply.times);
      else reject(new Error(`export worker: ${reply.message}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`export worker failed: ${event.message || 'error'}`));
    };
  });
  worker.postMessage(job);
  const stop = () => {
    clearTimeout(startTimer);
    worker.onmessage = null; // A part still queued from a stopped worker is not counted.
    worker.terminate();
  };
  return { done, stop };
}

/**
 * Writes the spans' CSV lines in workers, as UTF-8 bytes. `onEntries` hears each part's entry
 * count as it arrives (for the progress bar); the parts come back in the spans' order.
 */
export async function readInWorkers(
  databaseName: string,
  spans: readonly DateSpan[],
  labels: ReadonlyMap<string, string>,
  onEntries: (entries: number) => void,
): Promise<{ parts: CsvBytes[]; times: CsvTimes }> {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  const shares = shareSpans(spans, Math.min(MAX_READERS, cores));
  const partsOf: CsvBytes[][] = shares.map(() => []);
  const pairs = [...labels];
  const readers = shares.map((share, i) =>
    readShare({ databaseName, spans: share, labels: pairs }, (part) => {
      partsOf[i]?.push(part);
      onEntries(part.entries);
    }),
  );
  try {
    const times = await Promise.all(readers.map((reader) => reader.done));
    // The slowest worker is the export's critical path.
    return {
      parts: partsOf.flat(),
      times: {
        readMs: Math.max(...times.map((t) => t.readMs)),
        formatMs: Math.max(...times.map((t) => t.formatMs)),
      },
    };
  } finally {
    for (const reader of readers) reader.stop();
  }
}
