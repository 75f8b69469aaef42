import { describe, expect, it } from 'vitest';
import {
  auditRecordSchema,
  CLOCK_SKEW_MINUTES,
  journalEntrySchema,
  validateJournalEntry,
} from '../../../renderer/features/journal/validation';
import { validEntry } from './entryFixture';

const fieldsRefused = (value: unknown): string[] => {
  const result = validateJournalEntry(value);
  return result.ok ? [] : Object.keys(result.issues);
};

describe('journal entry validation', () => {
  it('accepts a complete, valid entry', () => {
    expect(validateJournalEntry(validEntry()).ok).toBe(true);
    expect(
      validateJournalEntry(
        validEntry({
          thematiqueSecondaire: 'logement',
          organismes: ['caf', 'cpam'],
          issue: 'oriente',
          orientation: 'aide-sociale',
          autonomie: 'guidage',
          nbPersonnes: 20,
          premiereVenue: 'oui',
          trancheAge: '70-plus',
          communeResidence: '2A004',
          note: 'Pièce manquante, revenir le 12/03/2026',
          deletedAt: '2026-03-12T10:00:00.000Z',
        }),
      ).ok,
    ).toBe(true);
  });

  const cases: [string, Record<string, unknown>][] = [
    ['id', { id: 'not-a-uuid' }],
    ['id', { id: '3f1c2b8e-9a4d-1e2f-8b1a-6c7d8e9f0a1b' }], // UUID v1, not v4
    ['schemaVersion', { schemaVersion: 3 }],
    ['schemaVersion', { schemaVersion: 0 }],
    ['siteId', { siteId: 'Mairie Test' }],
    ['posteId', { posteId: '' }],
    ['agentCode', { agentCode: 'Jean Dupont' }],
    ['date', { date: '12/03/2026' }],
    ['date', { date: '2026-02-30' }],
    ['demiJournee', { demiJournee: 'soir' }],
    ['canal', { canal: 'pigeon' }],
    ['thematique', { thematique: 'Social' }],
    ['thematiqueSecondaire', { thematiqueSecondaire: 'social-sante' }], // same as the first
    ['organismes', { organismes: [] }],
    ['organismes', { organismes: ['caf', 'caf'] }],
    ['organismes', { organismes: ['caf', 'cpam', 'msa', 'urssaf', 'mdph', 'ccas'] }],
    ['organismes', { organismes: ['banque'] }],
    ['demarche', { demarche: 'CAF RSA' }],
    ['dureeMinutes', { dureeMinutes: 0 }],
    ['dureeMinutes', { dureeMinutes: 481 }],
    ['dureeMinutes', { dureeMinutes: 12.5 }],
    ['issue', { issue: 'reussie' }],
    ['orientation', { issue: 'oriente', orientation: null }], // required when redirected
    ['orientation', { issue: 'finalisee', orientation: 'administration' }], // only when redirected
    ['autonomie', { autonomie: 'seul' }],
    ['nbPersonnes', { nbPersonnes: 0 }],
    ['nbPersonnes', { nbPersonnes: 21 }],
    ['premiereVenue', { premiereVenue: true }],
    ['trancheAge', { trancheAge: '30-40' }],
    ['communeResidence', { communeResidence: '7505' }],
    ['communeResidence', { communeResidence: '2C004' }],
    ['communeResidence', { communeResidence: '75056 ' }],
    ['note', { note: 'x'.repeat(201) }],
    ['note', { note: 'rappeler au 06 12 34 56 78' }],
    ['note', { note: '   ' }],
    ['createdAt', { createdAt: 'hier' }],
    ['updatedAt', { updatedAt: '2026-03-12T09:00:00.000Z' }], // before creation
    ['deletedAt', { deletedAt: 'jamais' }],
  ];
  for (const [field, change] of cases) {
    it(`refuses ${field} = ${JSON.stringify(Object.values(change).at(-1))}`, () => {
      expect(fieldsRefused({ ...validEntry(), ...change })).toContain(field);
    });
  }

  it('refuses unknown keys, __proto__ included, and missing fields', () => {
    const hostile = JSON.parse(
      `{"__proto__": {"admin": true}, ${JSON.stringify(validEntry()).slice(1)}`,
    ) as unknown;
    expect(journalEntrySchema.safeParse(hostile).success).toBe(false);
    expect(journalEntrySchema.safeParse({ ...validEntry(), extra: 1 }).success).toBe(false);
    const { note: _note, ...missing } = validEntry();
    void _note;
    expect(fieldsRefused(missing)).toContain('note');
  });

  it('accepts a note at exactly 200 characters', () => {
    expect(validateJournalEntry(validEntry({ note: 'a'.repeat(200) })).ok).toBe(true);
  });
});

describe('audit record validation', () => {
  const record = {
    entryId: validEntry().id,
    at: '2026-03-12T09:15:00.000Z',
    agentCode: 'ag-07',
    action: 'update',
    changes: { dureeMinutes: [15, 30] },
  };
  it('accepts a record and refuses hostile ones', () => {
    expect(auditRecordSchema.safeParse(record).success).toBe(true);
    expect(auditRecordSchema.safeParse({ ...record, action: 'drop' }).success).toBe(false);
    expect(
      auditRecordSchema.safeParse({ ...record, changes: { note: ['x'.repeat(500), null] } })
        .success,
    ).toBe(false);
    expect(auditRecordSchema.safeParse({ ...record, changes: { 'a.b': [1, 2] } }).success).toBe(
      false,
    );
  });
});

describe('dates later than now', () => {
  const now = new Date('2026-03-12T09:15:00.000Z');
  it('are refused beyond the allowed clock skew, for the form and the import alike', () => {
    const inSkew = new Date(now.getTime() + (CLOCK_SKEW_MINUTES - 1) * 60_000).toISOString();
    const beyond = new Date(now.getTime() + (CLOCK_SKEW_MINUTES + 1) * 60_000).toISOString();
    expect(validateJournalEntry(validEntry({ updatedAt: inSkew }), now).ok).toBe(true);
    expect(validateJournalEntry(validEntry({ updatedAt: beyond }), now)).toEqual({
      ok: false,
      issues: { updatedAt: 'in-future' },
    });
    expect(validateJournalEntry(validEntry({ date: '2026-03-13' }), now)).toEqual({
      ok: false,
      issues: { date: 'in-future' },
    });
  });
});
