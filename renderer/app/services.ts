/**
 * The services: everything the app reads and writes, built once over one database and handed
 * to components through the kiosk context (`useServices()`), never reached as a global. Tests
 * build their own over a database of their own.
 */
import { createAgentsRepository } from '../data/agents';
import type { KiosqueDb } from '../data/db';
import { createOutbox } from '../data/outbox';
import { createPracticeStore } from '../data/practice';
import { createSettings } from '../data/settings';
import { createJournalStore } from '../data/store/journalStore';
import { countTables } from '../data/tableCounts';
import type { Place } from '../data/types';
import { createCatalogueRepository } from '../features/journal/catalogue';
import { createJournalRepository } from '../features/journal/repository';

export function createServices(db: KiosqueDb, place?: Place) {
  const store = createJournalStore(db, { place });
  return {
    /** The journal's storage: reads, imports, purges (features/journal adds the edits). */
    store,
    /** What is not yet pushed to the métropole hub. */
    outbox: createOutbox(db),
    journal: createJournalRepository(store),
    catalogue: createCatalogueRepository(db),
    agents: createAgentsRepository(db),
    settings: createSettings(db),
    practice: createPracticeStore(db),
    /** Opens the database ahead of its first read or write (Dexie otherwise opens it then). */
    open: async (): Promise<void> => {
      await db.open();
    },
    /** Rows per table, for the diagnostics screen. */
    countRows: () => countTables(db),
  };
}

export type Services = ReturnType<typeof createServices>;
