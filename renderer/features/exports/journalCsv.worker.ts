/**
 * A journal CSV worker: opens the journal's database over a connection of its own, writes the
 * CSV lines of the spans it is given (journalCsvChunks) and posts them back span by span, as
 * UTF-8 bytes. The day records are decoded and the text encoded here, off the page's thread,
 * which is where a year's export spent most of its time.
 */
import { openDb } from '../../data/db';
import { createJournalStore } from '../../data/store/journalStore';
import type { CsvJob, CsvReply } from './csvReaderProtocol';
import { writeCsvSpans } from './journalCsvChunks';

// The renderer's types are the page's (lib DOM): only these two members of the worker's scope
// are used, so they are named here instead of mixing in lib "webworker".
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<CsvJob>) => void) | null;
  postMessage(reply: CsvReply, transfer?: Transferable[]): void;
};
const encoder = new TextEncoder();

async function run(job: CsvJob): Promise<void> {
  const db = openDb(job.databaseName);
  try {
    const store = createJournalStore(db);
    let encodeMs = 0;
    const times = await writeCsvSpans(store, job.spans, new Map(job.labels), (part) => {
      const started = performance.now();
      const bytes = encoder.encode(part.text);
      encodeMs += performance.now() - started;
      const { entries, rows } = part;
      scope.postMessage({ kind: 'part', part: { bytes, entries, rows } }, [bytes.buffer]);
    });
    // Encoding is part of writing the text: the benchmark's format phase counts it.
    scope.postMessage({ kind: 'done', times: { ...times, formatMs: times.formatMs + encodeMs } });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : 'read' });
  } finally {
    db.close();
  }
}

scope.onmessage = (event) => void run(event.data);
scope.postMessage({ kind: 'started' });
