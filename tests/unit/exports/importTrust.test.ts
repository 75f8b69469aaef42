/**
 * Issue 9 §7: an imported bundle is input from another machine. Each hostile record is left
 * out with its reason, never stored, shown or exported again; the rest of the file is imported.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KiosqueDb } from '../../../renderer/data/db';
import type { AuditRecord, JournalEntry } from '../../../renderer/data/types';
import { serialiseBundle } from '../../../renderer/features/exports/bundleFormat';
import { exportBundleText } from '../../../renderer/features/exports/exportData';
import { importBundleText } from '../../../renderer/features/exports/importBundle';
import { parseBundle } from '../../../renderer/features/exports/parseBundle';
import { CLOCK_SKEW_MINUTES } from '../../../renderer/features/journal/validation';
import { validEntry } from '../journal/entryFixture';
import { storedAudit, storedEntry } from '../journal/storedRows';
import { bundleOf, freshDb, ORIGIN, storeOf } from './bundles';

/** The counter's clock in these tests: two days after the fixture entries. */
const NOW = new Date('2026-03-14T10:00:00.000Z');
const minutesAfterNow = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();

// Only the clock is faked (the default `now` of every check); timers run as usual.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
const opened: KiosqueDb[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const db of opened.splice(0)) await db.delete();
});
const newDb = () => {
  const db = freshDb();
  opened.push(db);
  return db;
};

const ids = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
];
const entry = (i: number, overrides: Partial<JournalEntry> = {}): JournalEntry =>
  validEntry({ id: ids[i] as string, siteId: 'mairie-sud', ...overrides });
const line = (entryId: string, changes: AuditRecord['changes'], at = '2026-03-12T10:00:00.000Z') =>
  ({ entryId, at, agentCode: 'ag-07', action: 'update', changes }) satisfies AuditRecord;

type Raw = Record<string, unknown>;
/** A bundle's text with raw records, as a hostile or older kiosk could write them. */
const textOf = (entries: readonly object[], audit: readonly object[] = []) =>
  JSON.stringify({ ...bundleOf([]), entries, audit });

async function parsed(text: string) {
  const result = await parseBundle(text);
  if (!result.ok) throw new Error(`whole file refused: ${result.problem.code}`);
  return result;
}

describe('history lines pass the same checks as what an agent types', () => {
  const cases: Array<[string, AuditRecord['changes'], string, string[] | undefined]> = [
    [
      'an e-mail in a changed field',
      { canal: ['jean.dupont@mail.fr', 'telephone'] },
      'canal',
      ['email'],
    ],
    [
      'a phone number in a changed field',
      { demarche: ['caf-rsa-trimestrielle', '06 12 34 56 78'] },
      'demarche',
      ['phone'],
    ],
    ['the text of a note', { note: ['rappeler Mme Martin', null] }, 'note', undefined],
    ['free text in a code field', { issue: ['finalisee', 'vu avec son fils'] }, 'issue', undefined],
    ['an unknown field', { nomUsager: ['Dupont', 'Durand'] }, '', undefined],
  ];
  for (const [name, changes, field, personalData] of cases) {
    it(`refuses ${name}, keeps the entry and its honest lines`, async () => {
      const honest = line(ids[0] as string, { dureeMinutes: [15, 30] });
      const hostile = line(ids[0] as string, changes);
      const result = await parsed(textOf([entry(0)], [honest, hostile]));
      expect(result.bundle.entries.map((e) => e.id)).toEqual([ids[0]]);
      expect(result.bundle.audit).toEqual([honest]);
      expect(result.refused).toMatchObject({ entries: 0, audit: 1 });
      expect(result.refused.listed[0]).toEqual({
        kind: 'audit',
        position: 2,
        date: '2026-03-12',
        entryPosition: 1,
        field: field === '' ? null : field,
        reason: personalData
          ? 'personal-data'
          : field === ''
            ? 'unknown-field'
            : expect.any(String),
        ...(personalData ? { personalData } : {}),
      });
    });
  }

  it('a refused line is not stored, not in the trail and not exported again', async () => {
    const db = newDb();
    const store = storeOf(db);
    const text = textOf(
      [entry(0)],
      [line(ids[0] as string, { canal: ['jean.dupont@mail.fr', 'telephone'] })],
    );
    const outcome = await importBundleText(store, text, 24 * 12);
    expect(outcome).toMatchObject({ ok: true, summary: { added: 1, auditAdded: 0 } });
    expect(JSON.stringify(await storedAudit(db))).not.toContain('@');
    expect(JSON.stringify(await store.trail(ids[0] as string))).not.toContain('@');
    const { content } = await exportBundleText(store, ORIGIN);
    expect(content).not.toContain('jean.dupont');
  });

  it('a history line dated in the future is refused', async () => {
    const future = line(ids[0] as string, { dureeMinutes: [15, 30] }, minutesAfterNow(60));
    const result = await parsed(textOf([entry(0)], [future]));
    expect(result.bundle.audit).toEqual([]);
    expect(result.refused.listed[0]).toMatchObject({ field: 'at', reason: 'in-future' });
  });

  it('keeps the first release’s history lines as they were', async () => {
    const v1 = line(ids[0] as string, { organisme: ['caf', 'cpam'], premiereVenue: [null, true] });
    expect((await parsed(textOf([entry(0)], [v1]))).bundle.audit).toEqual([v1]);
  });
});

describe('wrong types are refused at the shape version the entry claims', () => {
  /** An entry as the first release wrote it (tests/fixtures/db/v1-database.json). */
  const v1 = (overrides: Raw = {}): Raw => {
    const {
      organismes: _o,
      demiJournee: _d,
      thematiqueSecondaire: _t,
      ...rest
    } = entry(1) as unknown as Raw;
    void [_o, _d, _t];
    return { ...rest, schemaVersion: 1, organisme: 'caf', premiereVenue: true, ...overrides };
  };

  it('a valid v1 entry is brought to today’s shape', async () => {
    const result = await parsed(textOf([v1()]));
    expect(result.refused.entries).toBe(0);
    expect(result.bundle.entries[0]).toMatchObject({
      schemaVersion: 2,
      organismes: ['caf'],
      premiereVenue: 'oui',
    });
  });

  const wrong: Array<[string, Raw, string, string]> = [
    ['a v1 premiereVenue written as text', { premiereVenue: 'oui' }, 'premiereVenue', 'wrong-type'],
    ['a v1 number of people as text', { nbPersonnes: '2' }, 'nbPersonnes', 'wrong-type'],
    ['a v1 entry without its organisme', { organisme: undefined }, 'organisme', 'missing'],
    ['a v1 organisme that is not a code', { organisme: 42 }, 'organisme', 'wrong-type'],
    ['a v1 entry with v2 fields', { demiJournee: 'matin' }, '', 'unknown-field'],
  ];
  for (const [name, overrides, field, reason] of wrong) {
    it(`refuses ${name}`, async () => {
      const result = await parsed(textOf([entry(0), v1(overrides)]));
      expect(result.bundle.entries.map((e) => e.id)).toEqual([ids[0]]);
      expect(result.refused.listed).toEqual([
        {
          kind: 'entry',
          position: 2,
          date: '2026-03-12',
          entryPosition: null,
          field: field === '' ? null : field,
          reason,
        },
      ]);
    });
  }

  it('refuses a v2 entry with a number written as text', async () => {
    const result = await parsed(textOf([{ ...entry(0), dureeMinutes: '15' }]));
    expect(result.refused.listed[0]).toMatchObject({ field: 'dureeMinutes', reason: 'wrong-type' });
  });
});

describe('dates later than now plus the allowed skew are refused', () => {
  it('an entry dated in the far future', async () => {
    const far = entry(0, {
      date: '2099-01-01',
      createdAt: '2099-01-01T09:00:00.000Z',
      updatedAt: '2099-01-01T09:00:00.000Z',
    });
    const result = await parsed(textOf([far, entry(1)]));
    expect(result.bundle.entries.map((e) => e.id)).toEqual([ids[1]]);
    expect(result.refused.listed[0]).toMatchObject({
      position: 1,
      date: '2099-01-01',
      field: 'date',
      reason: 'in-future',
    });
  });

  it('a change date beyond the skew, but not one within it', async () => {
    const late = entry(0, { updatedAt: minutesAfterNow(CLOCK_SKEW_MINUTES + 1) });
    const skewed = entry(1, { updatedAt: minutesAfterNow(CLOCK_SKEW_MINUTES - 1) });
    const deleted = entry(2, { deletedAt: minutesAfterNow(24 * 60) });
    const result = await parsed(textOf([late, skewed, deleted]));
    expect(result.bundle.entries.map((e) => e.id)).toEqual([ids[1]]);
    expect(result.refused.listed.map((r) => [r.position, r.field, r.reason])).toEqual([
      [1, 'updatedAt', 'in-future'],
      [3, 'deletedAt', 'in-future'],
    ]);
  });

  it('a forged future modification date does not overwrite the local entry', async () => {
    const db = newDb();
    const store = storeOf(db);
    const local = entry(0, { dureeMinutes: 15 });
    await importBundleText(store, serialiseBundle(bundleOf([local])), 24 * 12);
    const forged = { ...local, dureeMinutes: 480, updatedAt: '2030-01-01T00:00:00.000Z' };
    const outcome = await importBundleText(store, serialiseBundle(bundleOf([forged], [])), 24 * 12);
    expect(outcome).toMatchObject({ ok: true, summary: { updated: 0 }, refused: { entries: 1 } });
    expect(await storedEntry(db, local.id)).toEqual(local);
  });
});

describe('refusals say where and why, never what', () => {
  it('name the entry by position and date, and the field; not the value nor zod’s text', async () => {
    const note = entry(0, { note: 'écrire à jean.dupont@mail.fr' });
    const result = await parsed(textOf([entry(1), note]));
    expect(result.refused.listed).toEqual([
      {
        kind: 'entry',
        position: 2,
        date: '2026-03-12',
        entryPosition: null,
        field: 'note',
        reason: 'personal-data',
        personalData: ['email'],
      },
    ]);
    expect(JSON.stringify(result.refused)).not.toMatch(/dupont|Invalid|expected/i);
  });
});
