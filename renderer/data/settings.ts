import type { KiosqueDb } from './db';

/** Typed access to the key/value settings table of a database. */
export function createSettings(db: KiosqueDb) {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const row = await db.settings.get(key);
      return row?.value as T | undefined;
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.settings.put({ key, value });
    },
  };
}

export type Settings = ReturnType<typeof createSettings>;
