/** Seeded random journal entries for the data tests. */
import { generateEntries } from '../../../scripts/bench/agent/generate';
import { TAXONOMY_CODES } from '../../../scripts/bench/agent/codes';
import type { JournalEntry } from '../../../renderer/data/types';

export function randomEntries(
  count: number,
  seed: number,
  from = '2025-01-01',
  days = 500,
  deletedShare = 0.05,
): JournalEntry[] {
  return generateEntries({
    count,
    seed,
    from,
    days,
    codes: TAXONOMY_CODES,
    sites: [
      ['mairie-nord', 'poste-1'],
      ['mairie-nord', 'poste-2'],
      ['ccas-sud', 'poste-1'],
    ],
    deletedShare,
  }) as unknown as JournalEntry[];
}
