/**
 * Statistics read from the database: the period's day summaries (one per day and place, kept
 * in step with the journal by every write), added up. A year is at most 366 summaries per
 * place, whatever the number of démarches, so the cost does not grow with the journal.
 */
import type { KiosqueDb } from '../../db/db';
import { summariesBetween } from '../journal/store/dayStore';
import { createStatsAccumulator } from './computeStats';
import type { Period } from './period';
import type { StatsFilter, StatsResult } from './types';

/** Statistics of a period from the database. */
export async function loadStats(
  db: KiosqueDb,
  period: Period,
  filter: StatsFilter = {},
): Promise<StatsResult> {
  const started = performance.now();
  const acc = createStatsAccumulator(period, filter);
  // One request for the whole period (a cursor would cost a round trip per summary).
  for (const day of await summariesBetween(db, period.from, period.to).toArray()) acc.addDay(day);
  const result = acc.result();
  performance.measure('kiosque:stats-load', { start: started });
  return result;
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
 * date of its latest démarche, from the day summaries (oldest first, so the last date seen
 * with a live entry is the latest).
 */
export async function loadSitesAndPostes(db: KiosqueDb): Promise<SitePosteSummary[]> {
  const places = new Map<string, SitePosteSummary>();
  await db.dayStats.each((day) => {
    const key = `${day.siteId}\u0000${day.posteId}`;
    let place = places.get(key);
    if (!place)
      places.set(
        key,
        (place = { siteId: day.siteId, posteId: day.posteId, count: 0, lastDate: null }),
      );
    place.count += day.count;
    if (day.count > 0) place.lastDate = day.date;
  });
  return [...places.values()].sort((a, b) =>
    comparePlaces([a.siteId, a.posteId], [b.siteId, b.posteId]),
  );
}

/** Site then poste, in IndexedDB key order (code units), as the places were listed before. */
const comparePlaces = (a: [string, string], b: [string, string]): number =>
  a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/** Every (site, poste) pair that has day records, sorted, from the summaries' keys only. */
export async function loadPlaces(db: KiosqueDb): Promise<Array<[string, string]>> {
  const keys = (await db.dayStats.toCollection().primaryKeys()) as Array<[string, string, string]>;
  const seen = new Map<string, [string, string]>();
  for (const [, siteId, posteId] of keys) seen.set(`${siteId}\u0000${posteId}`, [siteId, posteId]);
  return [...seen.values()].sort(comparePlaces);
}
