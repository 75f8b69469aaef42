import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../renderer/data/db';
import { upgradeJournalV1 } from '../../../renderer/data/upgrades/v2';
import { DB_VERSION, V1_STORES, V2_STORES } from '../../../renderer/data/schema';
import { todayFilter } from '../../../renderer/features/journal/filter';
import type { AuditRecord } from '../../../renderer/data/types';
import { createJournalRepository } from '../../../renderer/features/journal/repository';
import { computeStats } from '../../../renderer/features/stats/computeStats';
import { periodContaining } from '../../../renderer/features/stats/period';
import { loadStats } from '../../../renderer/features/stats/statsQuery';
import { randomEntries } from '../stats/helpers';
import { storedAudit, storedEntries } from '../journal/storedRows';
import { journalEntrySchema } from '../../../renderer/features/journal/validation';
import { storeOf } from '../exports/bundles';

interface V1Fixture {
  journal: Record<string, unknown>[];
  agents: Record<string, unknown>[];
  catalogue: Record<string, unknown>[];
  audit: Record<string, unknown>[];
  settings: Record<string, unknown>[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/db/v1-database.json', import.meta.url), 'utf8'),
) as V1Fixture;

/** Writes the fixture with the version-1 schema only, as the first release did. */
async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.table('journal').bulkAdd(fixture.journal);
  await v1.table('agents').bulkAdd(fixture.agents);
  await v1.table('catalogue').bulkAdd(fixture.catalogue);
  await v1.table('audit').bulkAdd(fixture.audit);
  await v1.table('settings').bulkAdd(fixture.settings);
  v1.close();
}

describe('database upgrade from version 1', () => {
  it('upgrades every row of a v1 database and loses none', async () => {
    await createV1Database('migration-v1');
    const db = openDb('migration-v1');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const rows = await storedEntries(db);
    expect(rows).toHaveLength(fixture.journal.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(fixture.journal.map((r) => r.id)));
    for (const row of rows) {
      // Every upgraded row is a valid current entry, with nothing of the old shape left.
      const parsed = journalEntrySchema.safeParse(row);
      expect(
        parsed.success,
        `${row.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`,
      ).toBe(true);
      expect(row).not.toHaveProperty('organisme');
    }

    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const old of fixture.journal) {
      const now = byId.get(old.id as string);
      expect(now?.organismes).toEqual(
        typeof old.organisme === 'string' && old.organisme !== '' ? [old.organisme] : ['autre'],
      );
      expect(now?.dureeMinutes).toBe(old.dureeMinutes);
      expect(now?.note).toBe(old.note);
      expect(now?.deletedAt).toBe(old.deletedAt);
      expect(now?.premiereVenue).toBe(
        old.premiereVenue === true ? 'oui' : old.premiereVenue === false ? 'non' : 'nsp',
      );
      expect(['matin', 'apres-midi']).toContain(now?.demiJournee);
    }

    const agents = await db.agents.toArray();
    expect(agents.map((a) => [a.code, a.active])).toEqual([
      ['ag-01', true],
      ['ag-02', false],
    ]);
    const items = await db.catalogue.toArray();
    expect(items.map((i) => [i.code, i.organismes, i.favourite, i.archived])).toEqual([
      ['ants-cni-predemande', ['ants'], false, true],
      ['caf-rsa-trimestrielle', ['caf'], true, false],
    ]);
    expect(await storedAudit(db)).toHaveLength(fixture.audit.length);
    expect(await db.settings.get('catalogueSeeded')).toEqual({
      key: 'catalogueSeeded',
      value: true,
    });

    // The journal pages the upgraded rows newest first.
    const page = await createJournalRepository(storeOf(db)).page(
      { ...todayFilter(new Date()), from: '2000-01-01', to: '2999-12-31', includeDeleted: true },
      null,
      1,
    );
    expect(page.entries[0]?.date).toBe('2025-10-28');
    db.close();
  });

  it('derives the half-day from the creation time, counter-local', () => {
    const morning = new Date(2025, 9, 1, 9, 30).toISOString();
    const afternoon = new Date(2025, 9, 1, 14, 0).toISOString();
    expect(upgradeJournalV1({ createdAt: morning, organisme: 'caf' }).demiJournee).toBe('matin');
    expect(upgradeJournalV1({ createdAt: afternoon, organisme: 'caf' }).demiJournee).toBe(
      'apres-midi',
    );
  });

  it('leaves a row already in the v2 shape as it was', () => {
    const row = {
      createdAt: '2025-10-01T08:00:00.000Z',
      organismes: ['caf', 'cpam'],
      demiJournee: 'apres-midi',
      premiereVenue: 'non',
    };
    const upgraded = upgradeJournalV1(row);
    expect(upgraded.organismes).toEqual(['caf', 'cpam']);
    expect(upgraded.demiJournee).toBe('apres-midi');
    expect(upgraded.premiereVenue).toBe('non');
  });
});

describe('database upgrade from version 2 (one record per entry) to day records', () => {
  it('moves every entry and audit line into its day, and the statistics match', async () => {
    const name = 'migration-v2';
    const entries = randomEntries(900, 77, '2025-01-01', 200, 0.05);
    const trail = entries.flatMap((e): AuditRecord[] => [
      { entryId: e.id, at: e.createdAt, agentCode: e.agentCode, action: 'create', changes: {} },
      ...(e.deletedAt
        ? [
            {
              entryId: e.id,
              at: e.deletedAt,
              agentCode: e.agentCode,
              action: 'delete' as const,
              changes: { deletedAt: [null, e.deletedAt] as [unknown, unknown] },
            },
          ]
        : []),
    ]);
    const v2 = new Dexie(name);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores(V2_STORES);
    await v2.open();
    await v2.table('journal').bulkAdd(entries);
    await v2.table('audit').bulkAdd(trail);
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('journal');
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(await storedEntries(db)).toEqual([...entries].sort(byId));
    const moved = await storedAudit(db);
    expect(moved).toHaveLength(trail.length);
    expect(new Set(moved.map((r) => JSON.stringify(r)))).toEqual(
      new Set(trail.map((r) => JSON.stringify(r))),
    );
    // Each audit line sits in the day of its entry.
    for (const day of await db.journalDays.toArray())
      for (const record of day.audit) expect(day.ids).toContain(record.entryId);
    const year = periodContaining('year', '2025-03-01');
    expect(await loadStats(storeOf(db), year)).toEqual(computeStats(entries, year));
    db.close();
    await db.delete();
  });
});
