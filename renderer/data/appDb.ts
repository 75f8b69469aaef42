/**
 * The app's one database, opened on first use. Only the composition roots use it (the
 * services built at start-up, and the browser platform for its backups and admin PIN): every
 * other module receives a database or the services, so tests pass their own.
 */
import { openDb, type KiosqueDb } from './db';

let opened: KiosqueDb | null = null;

export function appDb(): KiosqueDb {
  opened ??= openDb();
  return opened;
}
