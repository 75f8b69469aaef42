/**
 * One assisted démarche ("démarche assistée"), as stored, exported and merged.
 * Field list from shared/reference/demarches.md; no field can hold a citizen's identity
 * (the note is screened by the personal-data detector before it is saved).
 */
import type {
  Autonomie,
  Canal,
  DemiJournee,
  Issue,
  Organisme,
  Orientation,
  Thematique,
  TrancheAge,
} from './taxonomies';

/** Shape version of a journal entry: 2 since `organismes[]` and `demiJournee` (see db/migrations.ts). */
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

export const JOURNAL_SCHEMA_VERSION = 2;

export interface JournalEntry {
  /** UUID v4 made on the counter: the key for merging exports of several counters. */
  id: string;
  schemaVersion: number;
  siteId: string;
  posteId: string;
  /** Pseudonymous agent code; never a name in exports. */
  agentCode: string;
  /** Local date, YYYY-MM-DD. */
  date: string;
  demiJournee: DemiJournee;
  canal: Canal;
  thematique: Thematique;
  thematiqueSecondaire: Thematique | null;
  organismes: Organisme[];
  /** Code from the local démarche catalogue. */
  demarche: string;
  dureeMinutes: number;
  issue: Issue;
  /** Only when `issue` is `oriente`. */
  orientation: Orientation | null;
  autonomie: Autonomie | null;
  nbPersonnes: number;
  premiereVenue: 'oui' | 'non' | 'nsp';
  trancheAge: TrancheAge | null;
  /** INSEE code of the commune of residence (5 characters), optional. */
  communeResidence: string | null;
  /** Short note, screened for personal data. */
  note: string | null;
  createdAt: string;
  updatedAt: string;
  /** Soft delete: set when deleted, kept for the audit trail and for merges. */
  deletedAt: string | null;
}

/** One change to a journal entry, kept for the audit trail (and exported with bundles). */
export interface AuditRecord {
  seq?: number;
  entryId: string;
  at: string;
  agentCode: string;
  action: 'create' | 'update' | 'delete' | 'restore' | 'import';
  /** Field → [before, after] for updates; never the note's text (only whether it changed). */
  changes: Record<string, [unknown, unknown]>;
}

/** An entry of the editable local catalogue of démarches. */
export interface CatalogueItem {
  code: string;
  label: string;
  thematique: Thematique;
  organismes: Organisme[];
  /** Position among favourites; favourites come first on the quick-log screen. */
  order: number;
  favourite: boolean;
  archived: boolean;
}
