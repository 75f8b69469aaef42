import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CatalogueItem } from '../features/journal/model';
import type { DayKey, DaySummary, JournalDay } from '../features/journal/store/days';
import { DB_NAME, defineSchema } from './schema';
import type { AgentRow, PracticeRow, SettingRow, StoredBackup } from './types';

/** The database type. Components use the repositories (journal, audit, agents…), not tables. */
export type KiosqueDb = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  agents: EntityTable<AgentRow, 'code'>;
  journalDays: Table<JournalDay, DayKey>;
  dayStats: Table<DaySummary, DayKey>;
  /** Month summaries, keyed by the month's first day: the sum of that month's day summaries. */
  monthStats: Table<DaySummary, DayKey>;
  catalogue: EntityTable<CatalogueItem, 'code'>;
  practice: EntityTable<PracticeRow, 'id'>;
  backups: EntityTable<StoredBackup, 'name'>;
};

/** Opens (lazily) a database with every schema version declared. */
export function openDb(name: string = DB_NAME): KiosqueDb {
  // 'strict': Chromium reports a write done only once it is flushed to disk, so an entry
  // acknowledged on screen survives a power cut (the default 'relaxed' may lose the last one).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KiosqueDb;
  defineSchema(db);
  return db;
}

/** The one database of the app; tests open their own with `openDb('test-…')`. */
export const db: KiosqueDb = openDb();
