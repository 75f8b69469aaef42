/** The fields of a journal entry an agent fills in and changes (the stored shape is data/types.ts). */
import type { JournalEntry } from '../../data/types';

/** The fields an agent fills in and can change: the draft of the form, and what the audit trail tracks. */
export const EDITABLE_FIELDS = [
  'canal',
  'thematique',
  'thematiqueSecondaire',
  'organismes',
  'demarche',
  'dureeMinutes',
  'issue',
  'orientation',
  'autonomie',
  'nbPersonnes',
  'premiereVenue',
  'trancheAge',
  'communeResidence',
  'note',
] as const satisfies readonly (keyof JournalEntry)[];

export type EditableField = (typeof EDITABLE_FIELDS)[number];
