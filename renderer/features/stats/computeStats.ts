/**
 * Statistics of a period. `createStatsAccumulator` takes either entries or the stored summary
 * of a day at a place (the database keeps one per day and place, so a year is a few hundred
 * summaries whatever the number of démarches); `computeStats` is the same over an array of
 * entries, and the reference the summaries are tested against.
 */
import type { JournalEntry } from '../../data/types';
import {
  AUTONOMIES,
  CANAUX,
  ISSUES,
  ORGANISMES,
  ORIENTATIONS,
  THEMATIQUES,
  TRANCHES_AGE,
  type Term,
} from '../../data/taxonomies';
import type { DaySummary } from '../../data/layout/days';
import { DURATION_BANDS } from '../../data/durationBands';
import { Histogram } from './histogram';
import { addEntry, bump, emptyPartial, mergeEncoded, type Counts } from '../../data/layout/summary';
import { bucketKeys, bucketOf, granularityOf, type Period } from './period';
import {
  SMALL_COUNT_THRESHOLD,
  type CountRow,
  type DurationRow,
  type OutcomeRow,
  type ProfileRow,
  type StatsFilter,
  type StatsResult,
} from './types';

type Counter = Counts<string>;

const orderOf = (list: readonly { code: string }[]): Map<string, number> =>
  new Map(list.map((t, i) => [t.code, i]));

/** Rows in taxonomy order (zeros kept so every category shows), unknown codes last. */
function fixedRows(counter: Counter, list: readonly { code: string }[]): CountRow[] {
  const rows = list.map((t) => ({ code: t.code, count: counter.get(t.code) ?? 0 }));
  for (const [code, count] of counter)
    if (!list.some((t) => t.code === code)) rows.push({ code, count });
  return rows;
}

/** Non-zero rows, largest first; ties in taxonomy order then by code. */
function rankedRows(counter: Counter, list: readonly Term[] = []): CountRow[] {
  const order = orderOf(list);
  return [...counter]
    .map(([code, count]) => ({ code, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (order.get(a.code) ?? 1e9) - (order.get(b.code) ?? 1e9) ||
        a.code.localeCompare(b.code),
    );
}

function suppressed(counter: Counter, list: readonly Term[]): ProfileRow[] {
  return rankedRows(counter, list).map(({ code, count }) =>
    count < SMALL_COUNT_THRESHOLD
      ? { code, count: null, suppressed: true }
      : { code, count, suppressed: false },
  );
}

function durationRows(groups: Map<string, Counts<number>>, list: readonly Term[]): DurationRow[] {
  const histograms = new Map([...groups].map(([code, counts]) => [code, new Histogram(counts)]));
  const counter: Counter = new Map([...histograms].map(([code, h]) => [code, h.size]));
  return rankedRows(counter, list).map(({ code, count }) => {
    const h = histograms.get(code);
    return { code, count, mean: h?.mean() ?? null, median: h?.median() ?? null };
  });
}

/** Collects statistics entry by entry or day by day; call `result()` once all were added. */
export interface StatsAccumulator {
  add(entry: JournalEntry): void;
  /** Adds the summary of one day at one place (every live entry of that day there). */
  addDay(day: DaySummary): void;
  result(): StatsResult;
}

export function createStatsAccumulator(period: Period, filter: StatsFilter = {}): StatsAccumulator {
  const granularity = granularityOf(period);
  const p = emptyPartial();
  const overTime: Counter = new Map(bucketKeys(period, granularity).map((k) => [k, 0]));
  const sitePoste: Counter = new Map();
  // Week bucket keys need date arithmetic: memoised per distinct date (a few hundred at most).
  const bucketCache = new Map<string, string>();

  const counted = (date: string, siteId: string, posteId: string): boolean =>
    date >= period.from &&
    date <= period.to &&
    (!filter.siteId || siteId === filter.siteId) &&
    (!filter.posteId || posteId === filter.posteId);

  const place = (date: string, siteId: string, posteId: string, n: number): void => {
    let bucket = bucketCache.get(date);
    if (bucket === undefined) bucketCache.set(date, (bucket = bucketOf(date, granularity)));
    bump(overTime, bucket, n);
    bump(sitePoste, `${siteId}\u0000${posteId}`, n);
  };

  return {
    add(entry) {
      if (entry.deletedAt !== null) return;
      if (!counted(entry.date, entry.siteId, entry.posteId)) return;
      addEntry(p, entry);
      place(entry.date, entry.siteId, entry.posteId, 1);
    },

    addDay(day) {
      if (day.count === 0 || !counted(day.date, day.siteId, day.posteId)) return;
      mergeEncoded(p, day.live);
      place(day.date, day.siteId, day.posteId, day.count);
    },

    result() {
      const { count } = p;
      const durations = new Histogram(p.durations);
      const share = (code: string): number => (count === 0 ? 0 : (p.issue.get(code) ?? 0) / count);
      const outcomesByOrganisme: OutcomeRow[] = rankedRows(p.organisme, ORGANISMES).map(
        ({ code, count: total }) => ({
          code,
          total,
          byIssue: Object.fromEntries(
            fixedRows(p.outcomes.get(code) ?? new Map(), ISSUES).map((r) => [r.code, r.count]),
          ),
        }),
      );
      return {
        period,
        count,
        people: p.people,
        totalMinutes: durations.total,
        meanMinutes: durations.mean(),
        medianMinutes: durations.median(),
        shares: {
          finalisee: share('finalisee'),
          aFinaliser: share('a-finaliser'),
          doitRevenir: share('doit-revenir'),
          oriente: share('oriente'),
        },
        byThematique: rankedRows(p.thematique, THEMATIQUES),
        byOrganisme: rankedRows(p.organisme, ORGANISMES),
        byCanal: fixedRows(p.canal, CANAUX),
        byIssue: fixedRows(p.issue, ISSUES),
        byOrientation: rankedRows(p.orientation, ORIENTATIONS),
        byAutonomie: fixedRows(p.autonomie, AUTONOMIES),
        byDurationBand: fixedRows(p.band, DURATION_BANDS),
        byDemarche: rankedRows(p.demarche),
        durationByThematique: durationRows(p.durationByThematique, THEMATIQUES),
        durationByOrganisme: durationRows(p.durationByOrganisme, ORGANISMES),
        outcomesByOrganisme,
        overTime: { granularity, buckets: [...overTime].map(([code, n]) => ({ code, count: n })) },
        bySitePoste: rankedRows(sitePoste).map(({ code, count: n }) => {
          const [siteId = '', posteId = ''] = code.split('\u0000');
          return { siteId, posteId, count: n };
        }),
        byTrancheAge: suppressed(p.trancheAge, TRANCHES_AGE),
        byCommune: suppressed(p.commune, []),
      };
    },
  };
}

/** Statistics of `entries` for `period` (entries outside it, or soft-deleted, are skipped). */
export function computeStats(
  entries: Iterable<JournalEntry>,
  period: Period,
  filter: StatsFilter = {},
): StatsResult {
  const acc = createStatsAccumulator(period, filter);
  for (const entry of entries) acc.add(entry);
  return acc.result();
}
