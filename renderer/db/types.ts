/** Row types shared across features. Journal rows are in features/journal/model.ts. */
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
