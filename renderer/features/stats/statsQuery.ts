/**
 * Statistics read from the database: the period's summaries (one per day and place, and one
 * per month and place, kept in step with the journal by every write), added up. A year is
 * twelve month summaries per place whatever the number of démarches, so the cost does not
 * grow with the journal. Month summaries are used only when the chart counts by month.
 */
import type { KiosqueDb } from '../../db/db';
import { periodSummaries } from '../journal/store/dayStore';
import { createStatsAccumulator } from './computeStats';
import { granularityOf, type Period } from './period';
import type { StatsFilter, StatsResult } from './types';

/** Statistics of a period from the database. */
export async function loadStats(
  db: KiosqueDb,
  period: Period,
  filter: StatsFilter = {},
): Promise<StatsResult> {
  const started = performance.now();
  const acc = createStatsAccumulator(period, filter);
  const byMonth = granularityOf(period) === 'month';
  for (const summary of await periodSummaries(db, period.from, period.to, byMonth))
    acc.addDay(summary);
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

/** Every (site, poste) pair that has day records, sorted, from the month summaries' keys. */
export async function loadPlaces(db: KiosqueDb): Promise<Array<[string, string]>> {
  const keys = (await db.monthStats.toCollection().primaryKeys()) as Array<
    [string, string, string]
  >;
  const seen = new Map<string, [string, string]>();
  for (const [, siteId, posteId] of keys) seen.set(`${siteId}\u0000${posteId}`, [siteId, posteId]);
  return [...seen.values()].sort(comparePlaces);
}
