/**
 * The Dexie schema and its versions, in one place. Each `version(n)` keeps the index
 * definitions of every table; an upgrade function moves rows when a version changes shape.
 * Never edit a released version: add a new one (docs/architecture.md explains how).
 *
 * Dexie cannot index booleans or null, so no index is declared on `active`, `archived`,
 * `favourite` or `deletedAt`: those are filtered in memory on small tables, or while walking a
 * date-ordered cursor of the journal (soft-deleted rows are rare).
 */
import type Dexie from 'dexie';
import { upgradeToV2 } from './upgrades/v2';
import { upgradeToV3 } from './upgrades/v3';
import { upgradeToV4 } from './upgrades/v4';

export { DB_NAME } from './dbName';

/** The current version of the database (not of a journal entry: see JOURNAL_SCHEMA_VERSION). */
export const DB_VERSION = 4;

/** Version 1, as released: kept verbatim so a v1 database on a counter PC still opens. */
export const V1_STORES = {
  settings: 'key',
  agents: 'code, active',
  journal: 'id, date, updatedAt, agentCode, thematique, issue, [siteId+posteId]',
  audit: '++seq, entryId, at',
  catalogue: 'code, order, archived',
  practice: '++id, exerciseId, competence, startedAt',
  backups: 'name, createdAt',
} as const;

/** Version 2, as released: one record per journal entry and per audit line. */
export const V2_STORES = {
  /** Small key/value facts: first-run admin PIN hash (browser kiosk), lockouts, last backup… */
  settings: 'key',
  /** Agents known on this counter: pseudonymous code, display name, PIN hash. */
  agents: 'code',
  /**
   * Assisted démarches, keyed by UUID. `[date+createdAt+id]` gives a total order for the
   * journal's cursor paging (newest first, no offset scans); `date` serves period statistics;
   * `updatedAt` serves merges; `[siteId+posteId]` the consolidated view. `[date+deletedAt]` holds
   * only soft-deleted rows (a null part keeps a row out of a compound index), so "live entries
   * of a period" is two index counts: `date` minus `[date+deletedAt]`.
   */
  journal:
    'id, date, updatedAt, agentCode, thematique, issue, [siteId+posteId], [date+createdAt+id], [date+deletedAt]',
  /** Who changed which journal entry, when, and how. */
  audit: '++seq, entryId, at',
  /** The editable local catalogue of démarches (`order` sorts favourites). */
  catalogue: 'code, order',
  /** Anonymous practice results of the citizens' exercises (never typed text). */
  practice: '++id, exerciseId, competence, startedAt',
  /** Backups kept inside the browser when there is no backup folder (browser kiosk). */
  backups: 'name, createdAt',
} as const;

/**
 * Version 3, as released: the journal is stored one record per day and place (see
 * data/layout/days.ts) with a summary of each for the statistics. The per-entry
 * `journal` and `audit` tables of version 2 are emptied into them, then dropped.
 */
export const V3_STORES = {
  settings: 'key',
  agents: 'code',
  journal: null,
  audit: null,
  /** A day's démarches at one place and their audit trail; `*ids` finds an entry's day. */
  journalDays: '[date+siteId+posteId], *ids',
  /** The statistics of each day record (counts and duration histograms of live entries). */
  dayStats: '[date+siteId+posteId]',
  /** The sum of a month's day summaries at a place (key: the month's first day, site, poste). */
  monthStats: '[date+siteId+posteId]',
  catalogue: 'code, order',
  practice: '++id, exerciseId, competence, startedAt',
  backups: 'name, createdAt',
} as const;

/**
 * Version 4 (current): adds the outbox of the métropole hub, one row per entry changed and not
 * yet pushed (`{ id, updatedAt, queuedAt, siteId, posteId }`), written in the transaction of
 * the change. `[siteId+posteId+queuedAt]` lists a place's oldest pending rows first and counts
 * them; the place in the row lets a push drop other places' rows without reading their days.
 */
export const V4_STORES = {
  settings: 'key',
  agents: 'code',
  journalDays: '[date+siteId+posteId], *ids',
  dayStats: '[date+siteId+posteId]',
  monthStats: '[date+siteId+posteId]',
  catalogue: 'code, order',
  practice: '++id, exerciseId, competence, startedAt',
  backups: 'name, createdAt',
  outbox: 'id, [siteId+posteId+queuedAt]',
} as const;

/** Declares every version on a Dexie instance (the app's and the tests'). */
export function defineSchema(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  db.version(3).stores(V3_STORES).upgrade(upgradeToV3);
  db.version(4).stores(V4_STORES).upgrade(upgradeToV4);
}
