/**
 * The journal CSV of a period: its spans, how workers share them, and the page writing the same
 * file itself when workers cannot run (unit tests have none; a worker may fail to start).
 */
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KiosqueDb } from '../../../renderer/data/db';
import { exportJournalCsv } from '../../../renderer/features/exports/exportData';
import { importBundleText } from '../../../renderer/features/exports/importBundle';
import { exportSpans, type DateSpan } from '../../../renderer/features/exports/journalCsvChunks';
import { shareSpans } from '../../../renderer/features/exports/journalCsvReaders';
import { periodContaining } from '../../../renderer/features/stats/period';
import { daysInclusive } from '../../../renderer/lib/dates';
import { randomEntries } from '../stats/helpers';
import { bundleOf, freshDb, storeOf } from './bundles';

const YEAR = periodContaining('year', '2025-06-15');
const opened: KiosqueDb[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

describe('export spans', () => {
  it('cut a year into twelve spans of at most 31 days, end to end', () => {
    const spans = exportSpans(YEAR);
    expect(spans).toHaveLength(12);
    expect(spans[0]?.[0]).toBe('2025-01-01');
    expect(spans.at(-1)?.[1]).toBe('2025-12-31');
    expect(spans.reduce((n, [from, to]) => n + daysInclusive(from, to), 0)).toBe(365);
    for (const [from, to] of spans) expect(daysInclusive(from, to)).toBeLessThanOrEqual(31);
  });

  it('are shared in contiguous, even shares, never an empty one', () => {
    const spans = exportSpans(YEAR);
    const halves = shareSpans(spans, 2);
    expect(halves.map((share) => share.length)).toEqual([6, 6]);
    expect(halves.flat()).toEqual(spans);
    const three: DateSpan[] = spans.slice(0, 3);
    expect(shareSpans(three, 2).flat()).toEqual(three);
    expect(shareSpans(three, 2).map((share) => share.length)).toEqual([2, 1]);
    expect(shareSpans(spans.slice(0, 1), 2)).toEqual([spans.slice(0, 1)]);
  });
});

async function yearOfEntries() {
  const db = freshDb();
  opened.push(db);
  const store = storeOf(db);
  const entries = randomEntries(400, 21, YEAR.from, 365, 0.1);
  const outcome = await importBundleText(store, JSON.stringify(bundleOf(entries)), 24 * 12);
  expect(outcome).toMatchObject({ ok: true });
  const sources = { store, catalogue: { all: async () => [] } };
  return { sources, kept: entries.filter((e) => !e.deletedAt) };
}

/** A Worker that fails as it starts, as a missing or refused worker file does. */
class FailingWorker {
  onmessage: unknown = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    setTimeout(() => this.onerror?.({ message: 'refused', preventDefault: () => {} }), 0);
  }
  postMessage(): void {}
  terminate(): void {}
}

describe('the journal CSV of a year', () => {
  it('is written by the page when it cannot start workers: every kept entry, in date order', async () => {
    const { sources, kept } = await yearOfEntries();
    expect(typeof Worker).toBe('undefined');
    const progress: number[] = [];
    const { content, rows } = await exportJournalCsv(sources, YEAR, (p) => progress.push(p.done));
    expect(rows).toBe(kept.length);
    // The file's bytes, as a spreadsheet reads them: UTF-8 after a byte order mark.
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    const lines = Papa.parse<string[]>(text, { delimiter: ';' }).data.slice(1, -1);
    expect(new Set(lines.map((line) => line[0]))).toEqual(new Set(kept.map((e) => e.id)));
    const dates = lines.map((line) => (line[1] ?? '').split('/').reverse().join('-'));
    expect(dates).toEqual([...dates].sort());
    expect(progress.at(-1)).toBeGreaterThanOrEqual(kept.length);
  });

  it('is the same file when the workers fail to start, and the failure is logged', async () => {
    const { sources } = await yearOfEntries();
    const inPage = await exportJournalCsv(sources, YEAR);
    vi.stubGlobal('Worker', FailingWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fallenBack = await exportJournalCsv(sources, YEAR);
    expect(fallenBack).toEqual(inPage);
    expect(warn).toHaveBeenCalledWith('[kiosque] warn export.workers', expect.any(Error));
  });
});
