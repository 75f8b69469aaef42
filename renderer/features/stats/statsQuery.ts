/**
 * Statistics read from the database: the period's summaries (one per day and place, and one
 * per month and place, kept in step with the journal by every write), added up. A year is
 * twelve month summaries per place whatever the number of démarches, so the cost does not
 * grow with the journal. Month summaries are used only when the chart counts by month.
 */
import type { JournalStore } from '../../data/store/journalStore';
import { createStatsAccumulator } from './computeStats';
import { granularityOf, type Period } from './period';
import { addDays, addMonths } from '../../lib/dates';
import type { StatsFilter, StatsResult } from './types';

/** Statistics of a period from the database. */
export async function loadStats(
  store: JournalStore,
  period: Period,
  filter: StatsFilter = {},
): Promise<StatsResult> {
  const started = performance.now();
  const acc = createStatsAccumulator(period, filter);
  const byMonth = granularityOf(period) === 'month';
  for (const summary of await store.summaries(period, { byMonth })) acc.addDay(summary);
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
 * date of its latest démarche. Counts come from the month summaries (a year is twelve per
 * place); the latest date from the day summaries of each place's latest month with a live
 * démarche, so a métropole's forty postes cost forty small reads, not every day of every year.
 */
export async function loadSitesAndPostes(store: JournalStore): Promise<SitePosteSummary[]> {
  const places = new Map<string, SitePosteSummary & { lastMonth: string | null }>();
  // Oldest month first, so the last month seen with a live démarche is the latest.
  for (const month of await store.monthSummaries()) {
    const key = `${month.siteId}\u0000${month.posteId}`;
    let place = places.get(key);
    if (!place)
      places.set(
        key,
        (place = {
          siteId: month.siteId,
          posteId: month.posteId,
          count: 0,
          lastDate: null,
          lastMonth: null,
        }),
      );
    place.count += month.count;
    if (month.count > 0) place.lastMonth = month.date;
  }
  const result: SitePosteSummary[] = [];
  for (const { lastMonth, ...place } of places.values()) {
    if (lastMonth !== null) {
      const days = await store.daySummaries({
        from: lastMonth,
        to: addDays(addMonths(lastMonth, 1), -1),
      });
      const live = days.filter(
        (d) => d.siteId === place.siteId && d.posteId === place.posteId && d.count > 0,
      );
      place.lastDate = live.at(-1)?.date ?? null;
    }
    result.push(place);
  }
  return result.sort((a, b) => comparePlaces([a.siteId, a.posteId], [b.siteId, b.posteId]));
}

/** Site then poste, in IndexedDB key order (code units), as the places were listed before. */
const comparePlaces = (a: [string, string], b: [string, string]): number =>
  a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/** Every (site, poste) pair that has day records, sorted, from the month summaries' keys. */
export async function loadPlaces(store: JournalStore): Promise<Array<[string, string]>> {
  const seen = new Map<string, [string, string]>();
  for (const { siteId, posteId } of await store.monthSummaries())
    seen.set(`${siteId}\u0000${posteId}`, [siteId, posteId]);
  return [...seen.values()].sort(comparePlaces);
}
