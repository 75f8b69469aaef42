/**
 * One push round of the counter: take the oldest pending entries of this place, send them,
 * acknowledge only after the server's commit (the outbox keeps a row whose updatedAt changed
 * meanwhile, so an edit made during a push lands on the next one), until the outbox is empty;
 * then report the day counts and status, and fetch the published catalogue.
 * Pure (no Node, no Electron): the renderer's hub feature runs it against the platform.
 */
import { MAX_BATCH, type PushRequest, type PushResponse, type PushSuccess } from './protocol';

export interface OutboxMark {
  id: string;
  updatedAt: string;
}

export interface OutboxBatchLike {
  entries: PushRequest['entries'];
  audit: PushRequest['audit'];
  marks: OutboxMark[];
}

export interface DrainSource {
  take(limit: number): Promise<OutboxBatchLike>;
  acknowledge(marks: OutboxMark[]): Promise<unknown>;
  stats(): Promise<{ pending: number; oldestQueuedAt: string | null }>;
  /** The place's entries (id, date, updatedAt, deletedAt) from `from` to `to`. */
  dayMarks(from: string, to: string): Promise<NonNullable<PushRequest['days']>['marks']>;
}

export interface DrainOptions {
  batchSize?: number;
  /** Bound on one round, so a journal edited non-stop cannot keep a round going. */
  maxBatches?: number;
  /** The days covered by the proof of no loss (the last 30). */
  from: string;
  to: string;
  lastError: string | null;
  storageBytes: number | null;
  schemaVersion: number;
}

export interface DrainResult {
  ok: true;
  batches: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: { id: string; reason: string }[];
  last: PushSuccess;
  pending: number;
}

export async function drainOutbox(
  source: DrainSource,
  send: (request: PushRequest) => Promise<PushResponse>,
  options: DrainOptions,
): Promise<DrainResult | Extract<PushResponse, { ok: false }>> {
  const size = Math.min(options.batchSize ?? MAX_BATCH, MAX_BATCH);
  const totals = { batches: 0, inserted: 0, updated: 0, unchanged: 0 };
  const rejected: DrainResult['rejected'] = [];
  for (let i = 0; i < (options.maxBatches ?? 200); i += 1) {
    const batch = await source.take(size);
    if (batch.entries.length === 0 && batch.audit.length === 0) break;
    const answer = await send({ entries: batch.entries, audit: batch.audit });
    if (!answer.ok) return answer;
    // Refused rows are acknowledged too: they would be refused again as they are; they stay
    // in the journal, are reported, and go back to the outbox if an agent corrects them.
    await source.acknowledge(batch.marks);
    totals.batches += 1;
    totals.inserted += answer.inserted;
    totals.updated += answer.updated;
    totals.unchanged += answer.unchanged;
    rejected.push(...answer.rejected);
    if (batch.marks.length < size) break;
  }
  const stats = await source.stats();
  const last = await send({
    entries: [],
    audit: [],
    days: {
      from: options.from,
      to: options.to,
      marks: await source.dayMarks(options.from, options.to),
    },
    status: {
      pending: stats.pending,
      oldestPendingAt: stats.oldestQueuedAt,
      lastError: options.lastError,
      storageBytes: options.storageBytes,
      schemaVersion: options.schemaVersion,
    },
    withCatalogue: true,
  });
  if (!last.ok) return last;
  return { ok: true, ...totals, rejected, last, pending: stats.pending };
}
