import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DayKey, DaySummary, JournalDay } from './layout/days';
import { DB_NAME, defineSchema } from './schema';
import type {
  AgentRow,
  CatalogueItem,
  OutboxRow,
  PracticeRow,
  SettingRow,
  StoredBackup,
} from './types';

/**
 * The database type. Only the data layer (and the repositories it is handed to) touches
 * tables; components reach data through the services of the kiosk context.
 */
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
  /** Entries changed and not yet pushed to the métropole hub (schema v4). */
  outbox: EntityTable<OutboxRow, 'id'>;
};

/** Opens (lazily) a database with every schema version declared. */
export function openDb(name: string = DB_NAME): KiosqueDb {
  // 'strict': Chromium reports a write done only once it is flushed to disk, so an entry
  // acknowledged on screen survives a power cut (the default 'relaxed' may lose the last one).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KiosqueDb;
  defineSchema(db);
  return db;
}
