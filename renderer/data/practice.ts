/** The anonymous practice results of the citizens' exercises (never what they typed). */
import type { KiosqueDb } from './db';
import type { PracticeRow } from './types';

export function createPracticeStore(db: KiosqueDb) {
  return {
    async add(row: PracticeRow): Promise<void> {
      await db.practice.add(row);
    },
    all(): Promise<PracticeRow[]> {
      return db.practice.toArray();
    },
  };
}

export type PracticeStore = ReturnType<typeof createPracticeStore>;
