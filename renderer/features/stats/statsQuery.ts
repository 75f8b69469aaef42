/**
 * Statistics read straight from the database: the journal's `date` index is read range by
 * range (a few days at a time), each range in one `getAll`, and folded into the accumulator.
 * Only the period's rows are touched, and never all of them at once (memory stays flat for
 * a year of a consolidated métropole).
 */
import type { KiosqueDb } from '../../db/db';
import { createStatsAccumulator } from './computeStats';
import { addDays, daysInclusive, type Period } from './period';
import type { StatsFilter, StatsResult } from './types';

/** Days read per request: large enough to keep requests few, small enough to bound memory. */
export const DAYS_PER_READ = 7;

/** Statistics of a period from the database. */
export async function loadStats(
  db: KiosqueDb,
  period: Period,
  filter: StatsFilter = {},
): Promise<StatsResult> {
  const acc = createStatsAccumulator(period, filter);
  const days = daysInclusive(period.from, period.to);
  for (let offset = 0; offset < days; offset += DAYS_PER_READ) {
    const from = addDays(period.from, offset);
    const to = addDays(period.from, Math.min(days, offset + DAYS_PER_READ) - 1);
    const rows = await db.journal.where('date').between(from, to, true, true).toArray();
    for (const row of rows) acc.add(row);
  }
  return acc.result();
}

export interface SitePosteSummary {
  siteId: string;
  posteId: string;
  /** Démarches (soft-deleted ones excluded). */
  count: number;
  /** Date of the most recent démarche, YYYY-MM-DD. */
  lastDate: string | null;
}

/**
 * The consolidated view: every site and poste present in the database, with its count and the
 * date of its latest démarche. The pairs come from the `[siteId+posteId]` index keys; each
 * pair's rows are then walked once (soft-deleted rows must be left out of the count), so this
 * view is computed when opened, not on every statistics refresh.
 */
export async function loadSitesAndPostes(db: KiosqueDb): Promise<SitePosteSummary[]> {
  const pairs = (await db.journal.orderBy('[siteId+posteId]').uniqueKeys()) as unknown as Array<
    [string, string]
  >;
  const result: SitePosteSummary[] = [];
  for (const [siteId, posteId] of pairs) {
    const rows = db.journal.where('[siteId+posteId]').equals([siteId, posteId]);
    let count = 0;
    let lastDate: string | null = null;
    await rows.each((row) => {
      if (row.deletedAt !== null) return;
      count += 1;
      if (lastDate === null || row.date > lastDate) lastDate = row.date;
    });
    result.push({ siteId, posteId, count, lastDate });
  }
  return result;
}
