import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type KiosqueDb } from '../../../renderer/data/db';
import { DEFAULT_DRAFT, type JournalDraft } from '../../../renderer/features/journal/draft';
import { todayFilter, type JournalFilter } from '../../../renderer/features/journal/filter';
import {
  createJournalRepository,
  JournalValidationError,
} from '../../../renderer/features/journal/repository';
import { storeOf } from '../exports/bundles';

const context = { siteId: 'mairie-test', posteId: 'poste-1', agentCode: 'ag-07' };
const draft = (overrides: Partial<JournalDraft> = {}): JournalDraft => ({
  ...DEFAULT_DRAFT,
  thematique: 'social-sante',
  organismes: ['caf'],
  demarche: 'caf-rsa-trimestrielle',
  dureeMinutes: 15,
  ...overrides,
});

let db: KiosqueDb;
let journal: ReturnType<typeof createJournalRepository>;
let n = 0;

beforeEach(async () => {
  n += 1;
  db = openDb(`journal-test-${n}`);
  await db.open();
  journal = createJournalRepository(storeOf(db));
});

const allOf = (from: string, to: string): JournalFilter => ({
  ...todayFilter(new Date()),
  from,
  to,
});

describe('journal repository', () => {
  it('adds an entry with a UUID v4, the config ids, the agent code, date and half-day, and a create audit line', async () => {
    const at = new Date(2026, 2, 12, 15, 30);
    const entry = await journal.add(draft({ note: 'Pièce manquante' }), context, at);
    expect(entry.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(entry).toMatchObject({
      siteId: 'mairie-test',
      posteId: 'poste-1',
      agentCode: 'ag-07',
      date: '2026-03-12',
      demiJournee: 'apres-midi',
    });
    expect(await journal.get(entry.id)).toEqual(entry);
    const trail = await journal.trail(entry.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'create', agentCode: 'ag-07', changes: {} });
  });

  it('refuses an invalid draft and writes nothing', async () => {
    await expect(journal.add(draft({ dureeMinutes: 0 }), context)).rejects.toBeInstanceOf(
      JournalValidationError,
    );
    await expect(journal.add(draft({ note: 'mail a@b.fr' }), context)).rejects.toBeInstanceOf(
      JournalValidationError,
    );
    expect(await db.journalDays.count()).toBe(0);
    expect(await db.dayStats.count()).toBe(0);
  });

  it('writes the entry, its audit line and the day summary in one transaction: if the summary write fails, no entry remains', async () => {
    db.dayStats.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(journal.add(draft(), context)).rejects.toThrow('disk full');
    expect(await db.journalDays.count()).toBe(0);
  });

  it('records who changed which fields and when, never the note text', async () => {
    const entry = await journal.add(
      draft({ note: 'Premier texte' }),
      context,
      new Date(2026, 2, 12, 9),
    );
    const edited = await journal.update(
      entry.id,
      draft({ dureeMinutes: 30, issue: 'doit-revenir', note: 'Texte secret' }),
      'ag-08',
      new Date(2026, 2, 12, 10),
    );
    expect(edited.dureeMinutes).toBe(30);
    expect(edited.updatedAt > entry.updatedAt).toBe(true);
    const trail = await journal.trail(entry.id);
    expect(trail.map((r) => r.action)).toEqual(['create', 'update']);
    expect(trail[1]?.agentCode).toBe('ag-08');
    expect(trail[1]?.changes).toEqual({
      dureeMinutes: [15, 30],
      issue: ['finalisee', 'doit-revenir'],
      note: [true, true],
    });
    expect(JSON.stringify(trail)).not.toMatch(/Premier texte|Texte secret/);
  });

  it('an edit that changes nothing writes no audit line', async () => {
    const entry = await journal.add(draft(), context);
    await journal.update(entry.id, draft(), 'ag-07');
    expect(await journal.trail(entry.id)).toHaveLength(1);
  });

  it('soft-deletes and restores with audit lines; deleted entries leave the pages', async () => {
    const now = new Date();
    const entry = await journal.add(draft(), context, now);
    await journal.softDelete(entry.id, 'ag-07', new Date(now.getTime() + 1000));
    expect((await journal.get(entry.id))?.deletedAt).not.toBeNull();
    expect((await journal.page(todayFilter(now), null)).entries).toHaveLength(0);
    expect(
      (await journal.page({ ...todayFilter(now), includeDeleted: true }, null)).entries,
    ).toHaveLength(1);
    expect(await journal.count(todayFilter(now))).toBe(0);
    expect(await journal.count({ ...todayFilter(now), includeDeleted: true })).toBe(1);
    await journal.restore(entry.id, 'ag-07', new Date(now.getTime() + 2000));
    expect((await journal.page(todayFilter(now), null)).entries).toHaveLength(1);
    expect((await journal.trail(entry.id)).map((r) => r.action)).toEqual([
      'create',
      'delete',
      'restore',
    ]);
  });

  it('pages newest first by cursor, without repeating or skipping an entry', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 23; i += 1) {
      const at = new Date(2026, 2, 1 + (i % 5), 9, i);
      ids.push((await journal.add(draft({ dureeMinutes: 5 + i }), context, at)).id);
    }
    const filter = allOf('2026-03-01', '2026-03-31');
    const seen: string[] = [];
    let cursor = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof journal.page>> = await journal.page(filter, cursor, 5);
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.next;
      pages += 1;
    } while (cursor && pages < 20);
    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(new Set(ids));
    const rows = await Promise.all(seen.map((id) => journal.get(id)));
    const keys = rows.map((r) => `${r?.date} ${r?.createdAt}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('filters by period, thématique, organisme, outcome and agent', async () => {
    await journal.add(draft(), context, new Date(2026, 2, 10, 9));
    await journal.add(
      draft({ thematique: 'papiers', organismes: ['ants'], demarche: 'ants-cni-predemande' }),
      context,
      new Date(2026, 2, 11, 9),
    );
    await journal.add(
      draft({ issue: 'oriente', orientation: 'administration' }),
      { ...context, agentCode: 'ag-08' },
      new Date(2026, 2, 11, 10),
    );
    await journal.add(draft(), context, new Date(2026, 3, 1, 9));
    const march = allOf('2026-03-01', '2026-03-31');
    expect(await journal.count(march)).toBe(3);
    expect((await journal.page({ ...march, thematique: 'papiers' }, null)).entries).toHaveLength(1);
    expect((await journal.page({ ...march, organisme: 'caf' }, null)).entries).toHaveLength(2);
    expect((await journal.page({ ...march, issue: 'oriente' }, null)).entries).toHaveLength(1);
    expect((await journal.page({ ...march, agentCode: 'ag-08' }, null)).entries).toHaveLength(1);
    expect(await journal.count({ ...march, from: '2026-03-11', to: '2026-03-11' })).toBe(2);
  });

  it('lists the agent’s recent démarches, newest first, each once', async () => {
    await journal.add(draft(), context, new Date(2026, 2, 10, 9));
    await journal.add(
      draft({ thematique: 'papiers', organismes: ['ants'], demarche: 'ants-cni-predemande' }),
      context,
      new Date(2026, 2, 11, 9),
    );
    await journal.add(draft(), context, new Date(2026, 2, 12, 9));
    await journal.add(
      draft({ demarche: 'caf-prime-activite' }),
      { ...context, agentCode: 'ag-08' },
      new Date(2026, 2, 12, 10),
    );
    const recent = await journal.recentDemarches('ag-07', '2026-01-01');
    expect(recent.map((e) => e.demarche)).toEqual(['caf-rsa-trimestrielle', 'ants-cni-predemande']);
  });
});
