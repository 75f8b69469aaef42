/**
 * The day summaries are a second copy of the journal's figures: after any mix of writes they
 * must give exactly what a computation over the stored entries gives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { KiosqueDb } from '../../../renderer/data/db';
import { purgeBefore } from '../../../renderer/features/backup/retention';
import { mergeBundle } from '../../../renderer/features/exports/mergeBundle';
import { DEFAULT_DRAFT } from '../../../renderer/features/journal/draft';
import { todayFilter } from '../../../renderer/features/journal/filter';
import type { JournalEntry } from '../../../renderer/data/types';
import { createJournalRepository } from '../../../renderer/features/journal/repository';
import { summaryOf } from '../../../renderer/data/layout/days';
import { emptyPartial, mergeEncoded, partialOf } from '../../../renderer/data/layout/summary';
import { computeStats } from '../../../renderer/features/stats/computeStats';
import { periodContaining, type Period } from '../../../renderer/features/stats/period';
import { loadSitesAndPostes, loadStats } from '../../../renderer/features/stats/statsQuery';
import { bundleOf, freshDb, storeOf } from '../exports/bundles';
import { randomEntries } from '../stats/helpers';
import { storedEntries } from './storedRows';

const opened: KiosqueDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const periods: Period[] = [
  periodContaining('year', '2025-06-01'),
  periodContaining('month', '2025-03-10'),
  periodContaining('week', '2025-08-13'),
  { kind: 'custom', from: '2025-02-27', to: '2026-01-04' },
];

async function expectSummariesMatch(db: KiosqueDb): Promise<void> {
  const entries = await storedEntries(db);
  for (const period of periods) {
    expect(await loadStats(storeOf(db), period)).toEqual(computeStats(entries, period));
    const filter = { siteId: 'mairie-nord', posteId: 'poste-2' };
    expect(await loadStats(storeOf(db), period, filter)).toEqual(
      computeStats(entries, period, filter),
    );
  }
  // Each stored summary is the summary of its day as it is now.
  const days = await db.journalDays.toArray();
  expect(await db.dayStats.toArray()).toEqual(days.map(summaryOf));
  // Each month summary holds what its month's entries at that place give.
  const months = new Map<string, JournalEntry[]>();
  for (const e of entries) {
    const key = `${e.date.slice(0, 7)}-01|${e.siteId}|${e.posteId}`;
    months.set(key, [...(months.get(key) ?? []), e]);
  }
  const stored = await db.monthStats.toArray();
  expect(stored.map((m) => `${m.date}|${m.siteId}|${m.posteId}`).sort()).toEqual(
    [...months.keys()].sort(),
  );
  for (const month of stored) {
    const mine = months.get(`${month.date}|${month.siteId}|${month.posteId}`) ?? [];
    const decoded = emptyPartial();
    mergeEncoded(decoded, month.live);
    expect(decoded).toEqual(partialOf(mine));
    expect(month.total).toBe(mine.length);
    expect(month.count).toBe(decoded.count);
  }
  const journal = createJournalRepository(storeOf(db));
  const year = { ...todayFilter(new Date()), from: '2025-01-01', to: '2025-12-31' };
  const live = entries.filter((e) => e.date >= year.from && e.date <= year.to);
  expect(await journal.count(year)).toBe(live.filter((e) => e.deletedAt === null).length);
  expect(await journal.count({ ...year, includeDeleted: true })).toBe(live.length);
  expect(await journal.count({ ...year, thematique: 'papiers' })).toBe(
    live.filter(
      (e) =>
        e.deletedAt === null &&
        (e.thematique === 'papiers' || e.thematiqueSecondaire === 'papiers'),
    ).length,
  );
  expect(await journal.total()).toBe(entries.length);
}

describe('day summaries', () => {
  it('match a computation over the stored entries after imports, edits, deletions and a purge', async () => {
    const db = freshDb();
    opened.push(db);
    const journal = createJournalRepository(storeOf(db));
    const first = randomEntries(1_500, 101, '2024-11-01', 500, 0.05);
    await mergeBundle(storeOf(db), bundleOf(first));
    await expectSummariesMatch(db);

    // Another counter's bundle: some of our entries edited later, some deleted, new ones.
    const edited: JournalEntry[] = first.slice(0, 200).map((e, i) => ({
      ...e,
      dureeMinutes: 5 + (i % 7) * 10,
      issue: i % 2 ? 'doit-revenir' : 'finalisee',
      orientation: null,
      deletedAt: i % 5 === 0 ? '2027-01-02T10:00:00.000Z' : e.deletedAt,
      updatedAt: '2027-01-01T10:00:00.000Z',
    }));
    await mergeBundle(
      storeOf(db),
      bundleOf([...edited, ...randomEntries(600, 102, '2025-01-01', 365)]),
    );
    await expectSummariesMatch(db);

    // Edits, deletions and restores on this counter.
    const some = (await storedEntries(db)).filter((e) => e.deletedAt === null).slice(0, 30);
    for (const [i, e] of some.entries()) {
      if (i % 3 === 0) await journal.softDelete(e.id, 'ag-01');
      else
        await journal.update(
          e.id,
          { ...DEFAULT_DRAFT, ...e, dureeMinutes: e.dureeMinutes + 1, note: null },
          'ag-01',
        );
    }
    await journal.restore(some[0]?.id ?? '', 'ag-01');
    await expectSummariesMatch(db);

    await purgeBefore(storeOf(db), '2025-03-01');
    await expectSummariesMatch(db);
    // Thousands of fake-indexeddb writes: more than the default 20 s on a loaded 2-core machine.
  }, 60_000);

  it('list every site and poste with its live count and latest date', async () => {
    const db = freshDb();
    opened.push(db);
    const entries = randomEntries(800, 103, '2025-01-01', 90, 0.1);
    await mergeBundle(storeOf(db), bundleOf(entries));
    const places = await loadSitesAndPostes(storeOf(db));
    const expected = new Map<string, { count: number; lastDate: string | null }>();
    for (const e of entries) {
      const key = `${e.siteId}/${e.posteId}`;
      const place = expected.get(key) ?? { count: 0, lastDate: null };
      if (e.deletedAt === null) {
        place.count += 1;
        if (place.lastDate === null || e.date > place.lastDate) place.lastDate = e.date;
      }
      expected.set(key, place);
    }
    expect(
      new Map(
        places.map((p) => [`${p.siteId}/${p.posteId}`, { count: p.count, lastDate: p.lastDate }]),
      ),
    ).toEqual(expected);
  });
});

describe('journal pages across places', () => {
  it('walk every entry of a period once, newest first, whatever the page size', async () => {
    const db = freshDb();
    opened.push(db);
    const entries = randomEntries(700, 104, '2025-05-01', 20, 0.05);
    await mergeBundle(storeOf(db), bundleOf(entries));
    const journal = createJournalRepository(storeOf(db));
    const filter = { ...todayFilter(new Date()), from: '2025-05-03', to: '2025-05-17' };
    const expected = entries
      .filter((e) => e.deletedAt === null && e.date >= filter.from && e.date <= filter.to)
      .sort((a, b) =>
        a.date !== b.date
          ? b.date.localeCompare(a.date)
          : a.createdAt !== b.createdAt
            ? b.createdAt.localeCompare(a.createdAt)
            : b.id.localeCompare(a.id),
      )
      .map((e) => e.id);
    for (const size of [1, 7, 50, 1_000]) {
      const seen: string[] = [];
      let cursor = null;
      for (;;) {
        const page = await journal.page(filter, cursor, size);
        seen.push(...page.entries.map((e) => e.id));
        if (!page.next) break;
        cursor = page.next;
      }
      expect(seen).toEqual(expected);
    }
  });
});

describe('an entry whose date was changed in a forged or damaged bundle', () => {
  it('moves with its trail when the bundle is newer, and is never stored twice', async () => {
    const db = freshDb();
    opened.push(db);
    const entries = randomEntries(5, 105, '2025-04-01', 3, 0);
    await mergeBundle(storeOf(db), bundleOf(entries));
    const [moved, kept] = entries as [JournalEntry, JournalEntry];
    const newer = { ...moved, date: '2025-09-09', updatedAt: '2026-01-01T00:00:00.000Z' };
    const older = { ...kept, date: '2025-09-10', updatedAt: '2020-01-01T00:00:00.000Z' };
    const summary = await mergeBundle(storeOf(db), bundleOf([newer, older]));
    expect(summary).toMatchObject({ added: 0, updated: 1, ignoredOlder: 1 });
    const stored = await storedEntries(db);
    expect(stored).toHaveLength(5);
    expect(stored.find((e) => e.id === moved.id)?.date).toBe('2025-09-09');
    expect(stored.find((e) => e.id === kept.id)?.date).toBe(kept.date);
    const home = await db.journalDays.where('ids').equals(moved.id).toArray();
    expect(home.map((d) => d.date)).toEqual(['2025-09-09']);
    expect(home[0]?.audit.map((r) => r.entryId)).toEqual([moved.id]);
    await expectSummariesMatch(db);
  });
});
