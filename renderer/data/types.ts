/**
 * The stored row types: what IndexedDB holds and bundles carry. One assisted démarche
 * ("démarche assistée") is a JournalEntry; field list from shared/reference/demarches.md, and no
 * field can hold a citizen's identity (the note is screened for personal data before it is saved).
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

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface StoredBackup {
  name: string;
  createdAt: string;
  content: string;
}

/** An agent of this counter PC. The display name never leaves the PC (exports use the code). */
export interface AgentRow {
  /** Pseudonymous code, e.g. `ag-07`: stored in journal entries and exports. */
  code: string;
  /** Shown on the sign-in tile only. */
  displayName: string;
  /** `pbkdf2-sha256$…` from `hashPin`; never the PIN. */
  pinHash: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * An anonymous practice result of the citizens' exercises. Indexed fields are fixed; the
 * exercise engine owns the rest of the shape (never typed text).
 */
export interface PracticeRow {
  id?: number;
  exerciseId: string;
  competence: string;
  startedAt: string;
  [field: string]: unknown;
}

/** Shape version of a journal entry: 2 since `organismes[]` and `demiJournee` (data/upgrades/v2.ts). */
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

/**
 * An entry changed and not yet pushed to the métropole hub. `updatedAt` is the entry's at the
 * time of the change: a push acknowledges the row only if it is still the one it sent. The
 * place is the entry's, so a push can leave other counters' rows aside without reading them.
 */
export interface OutboxRow {
  id: string;
  updatedAt: string;
  /** When the entry last changed (`stats` gives the age of the oldest pending change). */
  queuedAt: string;
  siteId: string;
  posteId: string;
}

/** Inclusive range of local dates, YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

/** A site and poste: where entries are made. */
export interface Place {
  siteId: string;
  posteId: string;
}
