import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME, defineSchema } from './schema';
import type { SettingRow, StoredBackup } from './types';

/** The database singleton type; feature tables are added to `KiosqueTables` in ./types. */
export type KiosqueDb = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  backups: EntityTable<StoredBackup, 'name'>;
};

export function openDb(name: string = DB_NAME): KiosqueDb {
  const db = new Dexie(name) as KiosqueDb;
  defineSchema(db);
  return db;
}

/** The one database of the app; tests open their own with `openDb('test-…')`. */
export const db: KiosqueDb = openDb();
