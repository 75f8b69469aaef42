import { afterEach, describe, expect, it } from 'vitest';
import type { KiosqueDb } from '../../../renderer/data/db';
import { serialiseBundle } from '../../../renderer/features/exports/bundleFormat';
import { importBundleText } from '../../../renderer/features/exports/importBundle';
import { mergeBundle } from '../../../renderer/features/exports/mergeBundle';
import { changeTime, decide } from '../../../renderer/features/exports/mergeRules';
import { computeStats } from '../../../renderer/features/stats/computeStats';
import { loadStats } from '../../../renderer/features/stats/statsQuery';
import { periodContaining } from '../../../renderer/features/stats/period';
import { randomEntries } from '../stats/helpers';
import { auditFor, bundleOf, freshDb, storeOf } from './bundles';
import { storeEntries, storedAudit, storedEntries, storedEntry } from '../journal/storedRows';

const opened: KiosqueDb[] = [];
const newDb = (): KiosqueDb => {
  const db = freshDb();
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('merge rules', () => {
  const [base] = randomEntries(1, 5, '2026-01-10', 1, 0);
  if (!base) throw new Error('no entry');
  const later = { ...base, updatedAt: '2026-01-11T09:00:00.000Z', dureeMinutes: 45 };

  it('adds unknown ids, keeps equal ones, takes newer edits, ignores older ones', () => {
    expect(decide(undefined, base)).toBe('add');
    expect(decide(base, { ...base })).toBe('unchanged');
    expect(decide(base, later)).toBe('update');
    expect(decide(later, base)).toBe('older');
  });

  it('treats a deletion as a change at its own time', () => {
    const deleted = { ...base, deletedAt: '2026-01-12T08:00:00.000Z' };
    expect(changeTime(deleted)).toBe('2026-01-12T08:00:00.000Z');
    expect(decide(later, deleted)).toBe('update');
    expect(decide(deleted, later)).toBe('older');
  });

  it('refuses entries older than the retention cut-off', () => {
    expect(decide(undefined, base, '2026-02-01')).toBe('expired');
  });
});

describe('mergeBundle into IndexedDB', () => {
  it('imports, then importing the same bundle again changes nothing', async () => {
    const db = newDb();
    const bundle = bundleOf(randomEntries(500, 21));
    const first = await mergeBundle(storeOf(db), bundle);
    expect(first).toEqual({
      added: 500,
      updated: 0,
      unchanged: 0,
      ignoredOlder: 0,
      ignoredExpired: 0,
      auditAdded: 500,
    });
    const year = periodContaining('year', '2025-06-01');
    const statsAfterFirst = await loadStats(storeOf(db), year);
    const second = await mergeBundle(storeOf(db), bundle);
    expect(second).toEqual({
      added: 0,
      updated: 0,
      unchanged: 500,
      ignoredOlder: 0,
      ignoredExpired: 0,
      auditAdded: 0,
    });
    expect(await storedEntries(db)).toHaveLength(500);
    expect(await storedAudit(db)).toHaveLength(500);
    expect(await loadStats(storeOf(db), year)).toEqual(statsAfterFirst);
    expect(statsAfterFirst).toEqual(computeStats(bundle.entries, year));
  });

  it('lets the newer edit win in both directions, deletions included', async () => {
    const db = newDb();
    const entries = randomEntries(3, 30, '2026-01-05', 1, 0);
    const [a, b, c] = entries as [(typeof entries)[0], (typeof entries)[0], (typeof entries)[0]];
    await mergeBundle(storeOf(db), bundleOf(entries));
    // This counter edits `a` later than the other counter did; the other counter edits `b`, deletes `c`.
    await storeEntries(db, [{ ...a, dureeMinutes: 60, updatedAt: '2026-02-01T10:00:00.000Z' }]);
    const theirs = [
      { ...a, dureeMinutes: 5, updatedAt: '2026-01-20T10:00:00.000Z' },
      { ...b, dureeMinutes: 30, updatedAt: '2026-01-20T10:00:00.000Z' },
      { ...c, deletedAt: '2026-01-21T10:00:00.000Z', updatedAt: '2026-01-21T10:00:00.000Z' },
    ];
    const edits = theirs.map((e) => ({
      entryId: e.id,
      at: e.updatedAt,
      agentCode: 'ag-09',
      action: 'update' as const,
      changes: { dureeMinutes: [1, 2] as [unknown, unknown] },
    }));
    const summary = await mergeBundle(
      storeOf(db),
      bundleOf(theirs, [...auditFor(entries), ...edits]),
    );
    expect(summary).toMatchObject({ added: 0, updated: 2, ignoredOlder: 1, auditAdded: 3 });
    expect((await storedEntry(db, a.id))?.dureeMinutes).toBe(60);
    expect((await storedEntry(db, b.id))?.dureeMinutes).toBe(30);
    expect((await storedEntry(db, c.id))?.deletedAt).toBe('2026-01-21T10:00:00.000Z');
    expect((await storedAudit(db)).filter((r) => r.entryId === a.id)).toHaveLength(2);
  });

  // The store reads the `ids` index by one sweep when the import is large next to the journal
  // (here 40 stored, 20 imported) and by one lookup per id otherwise (400 stored, 20 imported):
  // both must find an id stored under another date, so an import never doubles an entry.
  for (const stored of [40, 400]) {
    it(`finds an id already stored under another date (${stored} entries stored)`, async () => {
      const db = newDb();
      const existing = randomEntries(stored, 50, '2026-01-01', 60, 0);
      await mergeBundle(storeOf(db), bundleOf(existing));
      const [first] = existing;
      if (!first) throw new Error('no entry');
      const moved = { ...first, date: '2026-04-20', updatedAt: '2026-04-21T09:00:00.000Z' };
      const fresh = randomEntries(19, 51, '2026-05-01', 10, 0);
      const summary = await mergeBundle(storeOf(db), bundleOf([moved, ...fresh], []));
      expect(summary).toMatchObject({ added: 19, updated: 1 });
      const rows = await storedEntries(db);
      expect(rows).toHaveLength(stored + 19);
      expect(rows.filter((e) => e.id === first.id)).toEqual([
        expect.objectContaining({ date: '2026-04-20' }),
      ]);
    });
  }

  // A sweep reads the day records a hundred at a time: an id in the last batch is found too.
  it('finds an id moved from a day read in a later sweep batch', async () => {
    const db = newDb();
    const existing = randomEntries(300, 52, '2026-01-01', 100);
    await mergeBundle(storeOf(db), bundleOf(existing));
    expect(await db.journalDays.count()).toBeGreaterThan(100); // More than one batch.
    const last = existing.reduce((a, b) =>
      [b.date, b.siteId, b.posteId].join(' ') > [a.date, a.siteId, a.posteId].join(' ') ? b : a,
    );
    const moved = { ...last, date: '2026-01-02', updatedAt: '2026-06-01T09:00:00.000Z' };
    const fresh = randomEntries(119, 53, '2026-05-01', 10, 0);
    const summary = await mergeBundle(storeOf(db), bundleOf([moved, ...fresh], []));
    expect(summary).toMatchObject({ added: 119, updated: 1 });
    const rows = await storedEntries(db);
    expect(rows).toHaveLength(300 + 119);
    expect(rows.filter((e) => e.id === last.id)).toEqual([
      expect.objectContaining({ date: '2026-01-02' }),
    ]);
  });

  it('leaves nothing half-written when the transaction fails mid-way', async () => {
    const db = newDb();
    const existing = randomEntries(10, 40);
    await mergeBundle(storeOf(db), bundleOf(existing));
    const before = await db.journalDays.toArray();
    const summaries = await db.dayStats.toArray();
    const months = await db.monthStats.toArray();
    const big = bundleOf(randomEntries(12_000, 41)); // more than one write chunk of days
    await expect(
      mergeBundle(storeOf(db), big, {
        afterFirstChunk: () => {
          throw new Error('simulated crash after the first chunk');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(await storedEntries(db)).toHaveLength(10);
    expect(await db.journalDays.toArray()).toEqual(before);
    expect(await db.dayStats.toArray()).toEqual(summaries);
    expect(await db.monthStats.toArray()).toEqual(months);
    expect(await storedAudit(db)).toHaveLength(10);
  });
});

describe('an import on a full disk', () => {
  it('says it could not be saved, and the journal stays exactly as it was', async () => {
    const db = newDb();
    await mergeBundle(storeOf(db), bundleOf(randomEntries(20, 50)));
    const before = await db.journalDays.toArray();
    db.journalDays.hook('creating', () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const text = serialiseBundle(bundleOf(randomEntries(300, 51)));
    const outcome = await importBundleText(storeOf(db), text, 24 * 12);
    expect(outcome).toEqual({ ok: false, problem: { code: 'write-failed' } });
    expect(await db.journalDays.toArray()).toEqual(before);
    expect(await storedEntries(db)).toHaveLength(20);
  });
});
