/** A valid journal entry for tests; each test changes one field. */
import type { JournalEntry } from '../../../renderer/data/types';

export function validEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: '3f1c2b8e-9a4d-4e2f-8b1a-6c7d8e9f0a1b',
    schemaVersion: 2,
    siteId: 'mairie-test',
    posteId: 'poste-1',
    agentCode: 'ag-07',
    date: '2026-03-12',
    demiJournee: 'matin',
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
    createdAt: '2026-03-12T09:15:00.000Z',
    updatedAt: '2026-03-12T09:15:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}
