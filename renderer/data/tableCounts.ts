/** How many rows each table holds, for the diagnostics screen (null when a count failed). */
import type Dexie from 'dexie';

export interface TableCount {
  name: string;
  rows: number | null;
}

export function countTables(database: Dexie): Promise<TableCount[]> {
  return Promise.all(
    database.tables.map(async (table) => ({
      name: table.name,
      rows: await table.count().catch(() => null),
    })),
  );
}
