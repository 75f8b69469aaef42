/**
 * The Dexie schema and its versions, in one place. Each `version(n)` keeps the index
 * definitions of every table; an upgrade function moves rows when a version changes shape.
 * Never edit a released version: add a new one (docs/architecture.md explains how).
 */
import type Dexie from 'dexie';

export const DB_NAME = 'kiosque-numerique';

export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    /** Small key/value facts: first-run admin PIN hash (browser kiosk), lockouts, last backup… */
    settings: 'key',
    /** Agents known on this counter: pseudonymous code, display name, PIN hash. */
    agents: 'code, active',
    /** Assisted démarches ("démarches assistées"), one row each, keyed by UUID. */
    journal: 'id, date, updatedAt, agentCode, thematique, issue, [siteId+posteId]',
    /** Who changed which journal entry, when, and how. */
    audit: '++seq, entryId, at',
    /** The editable local catalogue of démarches. */
    catalogue: 'code, order, archived',
    /** Anonymous practice results of the citizens' exercises (never typed text). */
    practice: '++id, exerciseId, competence, startedAt',
    /** Backups kept inside the browser when there is no backup folder (browser kiosk). */
    backups: 'name, createdAt',
  });
}
