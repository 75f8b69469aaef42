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
import type { Transaction } from 'dexie';
import type { AuditRecord, JournalEntry } from '../features/journal/model';
import { draftIn, type DayDraft } from '../features/journal/store/days';
import { saveDrafts, type DayTables } from '../features/journal/store/dayStore';
import { upgradeAgentV1, upgradeCatalogueV1, upgradeJournalV1 } from './migrations';

export const DB_NAME = 'kiosque-numerique';

/** The current version of the database (not of a journal entry: see JOURNAL_SCHEMA_VERSION). */
export const DB_VERSION = 3;

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
 * Version 3 (current): the journal is stored one record per day and place (see
 * features/journal/store/days.ts) with a summary of each for the statistics. The per-entry
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

/** Dates moved per step of the v3 upgrade: bounds memory on a counter with years of data. */
const UPGRADE_DATES_PER_STEP = 31;

/** Moves the v2 journal rows and their audit lines into day records and summaries. */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const journal = tx.table('journal');
  const tables: DayTables = {
    journalDays: tx.table('journalDays'),
    dayStats: tx.table('dayStats'),
    monthStats: tx.table('monthStats'),
  };
  const trail = new Map<string, AuditRecord[]>();
  await tx
    .table('audit')
    .orderBy('seq')
    .each((row: AuditRecord) => {
      const { seq: _seq, ...record } = row;
      const list = trail.get(record.entryId);
      if (list) list.push(record);
      else trail.set(record.entryId, [record]);
    });
  const dates = (await journal.orderBy('date').uniqueKeys()) as string[];
  for (let i = 0; i < dates.length; i += UPGRADE_DATES_PER_STEP) {
    const step = dates.slice(i, i + UPGRADE_DATES_PER_STEP);
    const rows = (await journal
      .where('date')
      .between(step[0] ?? '', step[step.length - 1] ?? '', true, true)
      .toArray()) as JournalEntry[];
    const drafts = new Map<string, DayDraft>();
    for (const entry of rows) {
      const draft = draftIn(drafts, entry);
      draft.entries.set(entry.id, entry);
      draft.audit.push(...(trail.get(entry.id) ?? []));
    }
    await saveDrafts(tables, [...drafts.values()]);
  }
}

/** Rewrites every v1 row into the v2 shape, inside Dexie's upgrade transaction. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('journal')
    .toCollection()
    .modify((row: Record<string, unknown>, ref) => {
      ref.value = upgradeJournalV1(row);
    });
  await tx
    .table('agents')
    .toCollection()
    .modify((row: Record<string, unknown>, ref) => {
      ref.value = upgradeAgentV1(row);
    });
  await tx
    .table('catalogue')
    .toCollection()
    .modify((row: Record<string, unknown>, ref) => {
      ref.value = upgradeCatalogueV1(row);
    });
}

/** Declares every version on a Dexie instance (the app's and the tests'). */
export function defineSchema(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  db.version(3).stores(V3_STORES).upgrade(upgradeToV3);
}
