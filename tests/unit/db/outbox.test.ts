/** The hub's outbox: written with every change, taken oldest first, acknowledged per version. */
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type KiosqueDb } from '../../../renderer/data/db';
import type { JournalDay } from '../../../renderer/data/layout/days';
import { createOutbox } from '../../../renderer/data/outbox';
import { V1_STORES, V2_STORES, V3_STORES } from '../../../renderer/data/schema';
import { createJournalStore } from '../../../renderer/data/store/journalStore';
import type { Place } from '../../../renderer/data/types';
import { purgeBefore } from '../../../renderer/features/backup/retention';
import { importBundleText } from '../../../renderer/features/exports/importBundle';
import { mergeBundle } from '../../../renderer/features/exports/mergeBundle';
import type { JournalDraft } from '../../../renderer/features/journal/draft';
import { createJournalRepository } from '../../../renderer/features/journal/repository';
import { bundleOf, freshDb } from '../exports/bundles';
import { randomEntries } from '../stats/helpers';
import { serialiseBundle } from '../../../renderer/features/exports/bundleFormat';

const HERE: Place = { siteId: 'mairie-nord', posteId: 'poste-1' };
const ELSEWHERE: Place = { siteId: 'ccas-sud', posteId: 'poste-1' };
const CONTEXT = { ...HERE, agentCode: 'ag-01' };

const DRAFT: JournalDraft = {
  canal: 'physique-spontane',
  thematique: 'social-sante',
  thematiqueSecondaire: null,
  organismes: ['caf'],
  demarche: 'caf-rsa-trimestrielle',
  dureeMinutes: 15,
  issue: 'finalisee',
  orientation: null,
  autonomie: null,
  nbPersonnes: 1,
  premiereVenue: 'nsp',
  trancheAge: null,
  communeResidence: null,
  note: null,
};

const opened: KiosqueDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A counter at `place`; null: a store that does not know its place. */
function counter(place: Place | null = HERE) {
  const db = freshDb();
  opened.push(db);
  const store = createJournalStore(db, { place: place ?? undefined });
  return { db, store, outbox: createOutbox(db), journal: createJournalRepository(store) };
}

describe('outbox', () => {
  it('queues a quick log, an edit, a delete and a restore, each in its write', async () => {
    const { outbox, journal } = counter();
    const at = new Date('2026-03-10T09:00:00.000Z');
    const entry = await journal.add(DRAFT, CONTEXT, at);
    expect(await outbox.stats(HERE)).toEqual({ pending: 1, oldestQueuedAt: expect.any(String) });

    const first = await outbox.take(10, HERE);
    expect(first.entries.map((e) => e.entry.id)).toEqual([entry.id]);
    expect(first.entries[0]?.audit.map((r) => r.action)).toEqual(['create']);
    expect(await outbox.acknowledge(first.marks)).toBe(1);
    expect(await outbox.stats(HERE)).toEqual({ pending: 0, oldestQueuedAt: null });

    await journal.update(
      entry.id,
      { ...DRAFT, dureeMinutes: 30 },
      'ag-01',
      new Date('2026-03-10T10:00:00.000Z'),
    );
    await journal.softDelete(entry.id, 'ag-01', new Date('2026-03-10T11:00:00.000Z'));
    await journal.restore(entry.id, 'ag-01', new Date('2026-03-10T12:00:00.000Z'));
    const again = await outbox.take(10, HERE);
    expect(again.entries).toHaveLength(1);
    expect(again.entries[0]?.entry).toMatchObject({ dureeMinutes: 30, deletedAt: null });
    expect(again.entries[0]?.audit.map((r) => r.action)).toEqual([
      'create',
      'update',
      'delete',
      'restore',
    ]);
    expect(again.marks).toEqual([{ id: entry.id, updatedAt: '2026-03-10T12:00:00.000Z' }]);
  });

  it('keeps an entry edited during a push pending, with its new version', async () => {
    const { outbox, journal } = counter();
    const entry = await journal.add(DRAFT, CONTEXT, new Date('2026-03-10T09:00:00.000Z'));
    const taken = await outbox.take(10, HERE);
    // The agent edits while the batch is on its way to the hub.
    await journal.update(
      entry.id,
      { ...DRAFT, nbPersonnes: 2 },
      'ag-01',
      new Date('2026-03-10T09:05:00.000Z'),
    );
    expect(await outbox.acknowledge(taken.marks)).toBe(0);
    expect((await outbox.stats(HERE)).pending).toBe(1);
    const next = await outbox.take(10, HERE);
    expect(next.entries[0]?.entry.nbPersonnes).toBe(2);
    expect(await outbox.acknowledge(next.marks)).toBe(1);
    expect((await outbox.stats(HERE)).pending).toBe(0);
  });

  it('takes the oldest first, at most `limit`, and refuses a limit over 1,000', async () => {
    const { outbox, journal } = counter();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      vi.useFakeTimers({ now: new Date(Date.UTC(2026, 2, 10, 9, i)), toFake: ['Date'] });
      ids.push((await journal.add(DRAFT, CONTEXT, new Date(Date.UTC(2026, 2, 10, 9, i)))).id);
      vi.useRealTimers();
    }
    const batch = await outbox.take(3, HERE);
    expect(batch.entries.map((e) => e.entry.id)).toEqual(ids.slice(0, 3));
    await outbox.acknowledge(batch.marks);
    expect((await outbox.take(3, HERE)).entries.map((e) => e.entry.id)).toEqual(ids.slice(3));
    expect(() => outbox.take(1001, HERE)).toThrow(RangeError);
    expect(() => outbox.take(0, HERE)).toThrow(RangeError);
  });

  it('does not queue imported entries of other places; drops such rows when taking', async () => {
    const entries = randomEntries(40, 9, '2026-01-01', 20);
    const mine = entries.filter((e) => e.siteId === HERE.siteId && e.posteId === HERE.posteId);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(entries.length);

    const { outbox, store } = counter();
    await mergeBundle(store, bundleOf(entries));
    expect((await outbox.stats(HERE)).pending).toBe(mine.length);
    expect((await outbox.stats(ELSEWHERE)).pending).toBe(0);

    // A store that does not know its place queues everything; the push drops the others.
    const open = counter(null);
    await mergeBundle(open.store, bundleOf(entries));
    expect(await open.db.outbox.count()).toBe(entries.length);
    const taken = await open.outbox.take(1000, HERE);
    expect(taken.entries.map((e) => e.entry.id).sort()).toEqual(mine.map((e) => e.id).sort());
    expect(await open.db.outbox.count()).toBe(mine.length);
  });

  it('queues the entries a restore brings back, and nothing when they are already there', async () => {
    const entries = randomEntries(30, 12, '2026-01-01', 10).map((e) => ({ ...e, ...HERE }));
    const text = serialiseBundle(bundleOf(entries));
    const { outbox, store } = counter();
    expect(await importBundleText(store, text, 24 * 12)).toMatchObject({ ok: true });
    const taken = await outbox.take(1000, HERE);
    expect(taken.entries).toHaveLength(30);
    await outbox.acknowledge(taken.marks);
    expect(await importBundleText(store, text, 24 * 12)).toMatchObject({ ok: true });
    expect((await outbox.stats(HERE)).pending).toBe(0);
  });

  it('writes the outbox in the transaction of the change: a failed outbox write saves nothing', async () => {
    const { db, journal, outbox } = counter();
    const spy = vi.spyOn(db.outbox, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(journal.add(DRAFT, CONTEXT)).rejects.toThrow();
    spy.mockRestore();
    expect(await db.journalDays.count()).toBe(0);
    expect(await db.dayStats.count()).toBe(0);
    expect((await outbox.stats(HERE)).pending).toBe(0);
  });

  it('forgets the rows of entries a retention purge deletes', async () => {
    const entries = randomEntries(20, 5, '2024-01-01', 30).map((e) => ({ ...e, ...HERE }));
    const { db, store, outbox } = counter();
    await mergeBundle(store, bundleOf(entries));
    expect((await outbox.stats(HERE)).pending).toBe(20);
    await purgeBefore(store, '2030-01-01');
    expect(await db.outbox.count()).toBe(0);
  });

  it("reads a place's day records for a date range, other places left out", async () => {
    const entries = randomEntries(60, 21, '2026-02-01', 10);
    const { store, outbox } = counter();
    await mergeBundle(store, bundleOf(entries));
    const days = await outbox.placeDays(HERE, { from: '2026-02-03', to: '2026-02-06' });
    const expected = entries.filter(
      (e) =>
        e.siteId === HERE.siteId &&
        e.posteId === HERE.posteId &&
        e.date >= '2026-02-03' &&
        e.date <= '2026-02-06',
    );
    expect(days.map((d) => d.date)).toEqual([...new Set(expected.map((e) => e.date))].sort());
    expect(days.flatMap((d) => d.entries.map((e) => e.id)).sort()).toEqual(
      expected.map((e) => e.id).sort(),
    );
  });
});

describe('database upgrade from version 3 to the outbox (version 4)', () => {
  it('queues every stored entry once, and the first push of each place takes its own', async () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../fixtures/db/v3-database.json', import.meta.url), 'utf8'),
    ) as { journalDays: JournalDay[]; dayStats: unknown[] };
    const name = 'migration-v3';
    const v3 = new Dexie(name);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores(V2_STORES);
    v3.version(3).stores(V3_STORES);
    await v3.open();
    await v3.table('journalDays').bulkAdd(fixture.journalDays);
    await v3.table('dayStats').bulkAdd(fixture.dayStats);
    v3.close();

    const db = openDb(name);
    opened.push(db);
    await db.open();
    const all = fixture.journalDays.flatMap((d) => d.entries);
    const rows = await db.outbox.toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(all.map((e) => e.id).sort());
    for (const row of rows) {
      const entry = all.find((e) => e.id === row.id);
      expect(row).toMatchObject({
        updatedAt: entry?.updatedAt,
        siteId: entry?.siteId,
        posteId: entry?.posteId,
      });
    }
    const outbox = createOutbox(db);
    const mine = all.filter((e) => e.siteId === HERE.siteId && e.posteId === HERE.posteId);
    const taken = await outbox.take(1000, HERE);
    expect(taken.entries.map((e) => e.entry.id).sort()).toEqual(mine.map((e) => e.id).sort());
    expect(await db.outbox.count()).toBe(mine.length);
  });
});
