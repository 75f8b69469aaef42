/** Helpers for bundle tests: a valid bundle text from random entries, and a fresh database. */
import { openDb, type KiosqueDb } from '../../../renderer/data/db';
import { createServices } from '../../../renderer/app/services';
import { createJournalStore } from '../../../renderer/data/store/journalStore';
import {
  createBundle,
  serialiseBundle,
  type JournalBundle,
} from '../../../renderer/features/exports/bundleFormat';
import type { AuditRecord, JournalEntry } from '../../../renderer/data/types';
import { randomEntries } from '../stats/helpers';

export const ORIGIN = { siteId: 'mairie-nord', posteId: 'poste-1' };

export function auditFor(entries: JournalEntry[]): AuditRecord[] {
  return entries.map((e) => ({
    entryId: e.id,
    at: e.createdAt,
    agentCode: e.agentCode,
    action: 'create',
    changes: {},
  }));
}

export function bundleOf(
  entries: JournalEntry[],
  audit: AuditRecord[] = auditFor(entries),
): JournalBundle {
  return createBundle(ORIGIN, entries, audit, new Date('2026-03-10T12:00:00Z'));
}

export function bundleText(count = 20, seed = 4): string {
  return serialiseBundle(bundleOf(randomEntries(count, seed)));
}

let n = 0;
/** A new, empty database (fake-indexeddb) per test. */
export function freshDb(): KiosqueDb {
  n += 1;
  return openDb(`test-data-${Date.now()}-${n}`);
}

/**
 * The journal store of a test database, as the counter at ORIGIN has it (every feature reaches
 * the journal through it; only ORIGIN's entries are queued for the hub).
 */
export const storeOf = (db: KiosqueDb) => createJournalStore(db, { place: ORIGIN });

/** The app's services over a test database, for the counter at ORIGIN. */
export const servicesOf = (db: KiosqueDb) => createServices(db, ORIGIN);
