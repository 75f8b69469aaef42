/**
 * Statistics of a period in one pass over the entries. `createStatsAccumulator` takes rows one
 * chunk at a time (the database is read by date-index ranges, so a year of 1,000,000 rows is
 * never held in memory at once); `computeStats` is the same over an array.
 */
import type { JournalEntry } from '../journal/model';
import {
  AUTONOMIES,
  CANAUX,
  ISSUES,
  ORGANISMES,
  ORIENTATIONS,
  THEMATIQUES,
  TRANCHES_AGE,
  type Term,
} from '../journal/taxonomies';
import { DURATION_BANDS, durationBandOf } from './durationBands';
import { Histogram } from './histogram';
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

type Counter = Map<string, number>;

const bump = (counter: Counter, key: string, by = 1): void => {
  counter.set(key, (counter.get(key) ?? 0) + by);
};

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

function durationRows(groups: Map<string, Histogram>, list: readonly Term[]): DurationRow[] {
  const counter: Counter = new Map([...groups].map(([code, h]) => [code, h.size]));
  return rankedRows(counter, list).map(({ code, count }) => {
    const h = groups.get(code);
    return { code, count, mean: h?.mean() ?? null, median: h?.median() ?? null };
  });
}

/** Collects statistics entry by entry; call `result()` once all rows were added. */
export interface StatsAccumulator {
  add(entry: JournalEntry): void;
  result(): StatsResult;
}

export function createStatsAccumulator(period: Period, filter: StatsFilter = {}): StatsAccumulator {
  const granularity = granularityOf(period);
  const durations = new Histogram();
  const thematique: Counter = new Map();
  const organisme: Counter = new Map();
  const canal: Counter = new Map();
  const issue: Counter = new Map();
  const orientation: Counter = new Map();
  const autonomie: Counter = new Map();
  const band: Counter = new Map();
  const demarche: Counter = new Map();
  const overTime: Counter = new Map(bucketKeys(period, granularity).map((k) => [k, 0]));
  const sitePoste: Counter = new Map();
  const trancheAge: Counter = new Map();
  const commune: Counter = new Map();
  const durationByThematique = new Map<string, Histogram>();
  const durationByOrganisme = new Map<string, Histogram>();
  const outcomes = new Map<string, Counter>();
  // Week bucket keys need date arithmetic: memoised per distinct date (a few hundred at most).
  const bucketCache = new Map<string, string>();
  let count = 0;
  let people = 0;

  const histogramOf = (groups: Map<string, Histogram>, key: string): Histogram => {
    let h = groups.get(key);
    if (!h) groups.set(key, (h = new Histogram()));
    return h;
  };

  return {
    add(entry) {
      if (entry.deletedAt !== null) return;
      if (entry.date < period.from || entry.date > period.to) return;
      if (filter.siteId && entry.siteId !== filter.siteId) return;
      if (filter.posteId && entry.posteId !== filter.posteId) return;
      count += 1;
      people += entry.nbPersonnes;
      durations.add(entry.dureeMinutes);
      bump(thematique, entry.thematique);
      histogramOf(durationByThematique, entry.thematique).add(entry.dureeMinutes);
      for (const org of new Set(entry.organismes)) {
        bump(organisme, org);
        histogramOf(durationByOrganisme, org).add(entry.dureeMinutes);
        let perIssue = outcomes.get(org);
        if (!perIssue) outcomes.set(org, (perIssue = new Map()));
        bump(perIssue, entry.issue);
      }
      bump(canal, entry.canal);
      bump(issue, entry.issue);
      if (entry.orientation) bump(orientation, entry.orientation);
      if (entry.autonomie) bump(autonomie, entry.autonomie);
      bump(band, durationBandOf(entry.dureeMinutes));
      bump(demarche, entry.demarche);
      let bucket = bucketCache.get(entry.date);
      if (bucket === undefined)
        bucketCache.set(entry.date, (bucket = bucketOf(entry.date, granularity)));
      bump(overTime, bucket);
      bump(sitePoste, `${entry.siteId}\u0000${entry.posteId}`);
      if (entry.trancheAge) bump(trancheAge, entry.trancheAge);
      if (entry.communeResidence) bump(commune, entry.communeResidence);
    },

    result() {
      const share = (code: string): number => (count === 0 ? 0 : (issue.get(code) ?? 0) / count);
      const outcomesByOrganisme: OutcomeRow[] = rankedRows(organisme, ORGANISMES).map(
        ({ code, count: total }) => ({
          code,
          total,
          byIssue: Object.fromEntries(
            fixedRows(outcomes.get(code) ?? new Map(), ISSUES).map((r) => [r.code, r.count]),
          ),
        }),
      );
      return {
        period,
        count,
        people,
        totalMinutes: durations.total,
        meanMinutes: durations.mean(),
        medianMinutes: durations.median(),
        shares: {
          finalisee: share('finalisee'),
          aFinaliser: share('a-finaliser'),
          doitRevenir: share('doit-revenir'),
          oriente: share('oriente'),
        },
        byThematique: rankedRows(thematique, THEMATIQUES),
        byOrganisme: rankedRows(organisme, ORGANISMES),
        byCanal: fixedRows(canal, CANAUX),
        byIssue: fixedRows(issue, ISSUES),
        byOrientation: rankedRows(orientation, ORIENTATIONS),
        byAutonomie: fixedRows(autonomie, AUTONOMIES),
        byDurationBand: fixedRows(band, DURATION_BANDS),
        byDemarche: rankedRows(demarche),
        durationByThematique: durationRows(durationByThematique, THEMATIQUES),
        durationByOrganisme: durationRows(durationByOrganisme, ORGANISMES),
        outcomesByOrganisme,
        overTime: { granularity, buckets: [...overTime].map(([code, n]) => ({ code, count: n })) },
        bySitePoste: rankedRows(sitePoste).map(({ code, count: n }) => {
          const [siteId = '', posteId = ''] = code.split('\u0000');
          return { siteId, posteId, count: n };
        }),
        byTrancheAge: suppressed(trancheAge, TRANCHES_AGE),
        byCommune: suppressed(commune, []),
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
