/** The figures of a statistics period, as computed by `computeStats` and shown/exported. */
import type { Granularity, Period } from './period';

/** One category and its number of démarches. */
export interface CountRow {
  code: string;
  count: number;
}

/** A public-profile cell: counts under the threshold are hidden (re-identification risk). */
export interface ProfileRow {
  code: string;
  /** Null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

export interface DurationRow {
  code: string;
  count: number;
  mean: number | null;
  median: number | null;
}

export interface SitePosteRow {
  siteId: string;
  posteId: string;
  count: number;
}

/** Outcome counts for one organisme (shows where partner procedures fail). */
export interface OutcomeRow {
  code: string;
  total: number;
  byIssue: Record<string, number>;
}

export interface StatsFilter {
  siteId?: string | null;
  posteId?: string | null;
}

export interface StatsResult {
  period: Period;
  /** Démarches in the period (soft-deleted ones excluded). */
  count: number;
  /** People helped (sum of "nombre de personnes"). */
  people: number;
  totalMinutes: number;
  meanMinutes: number | null;
  medianMinutes: number | null;
  /** Shares (0–1) of the main outcomes; 0 when there is no entry. */
  shares: { finalisee: number; aFinaliser: number; doitRevenir: number; oriente: number };
  byThematique: CountRow[];
  byOrganisme: CountRow[];
  byCanal: CountRow[];
  byIssue: CountRow[];
  byOrientation: CountRow[];
  byAutonomie: CountRow[];
  byDurationBand: CountRow[];
  byDemarche: CountRow[];
  durationByThematique: DurationRow[];
  durationByOrganisme: DurationRow[];
  outcomesByOrganisme: OutcomeRow[];
  overTime: { granularity: Granularity; buckets: CountRow[] };
  bySitePoste: SitePosteRow[];
  byTrancheAge: ProfileRow[];
  byCommune: ProfileRow[];
}

/** Cells of the public profile (age band, commune) under this count are suppressed. */
export const SMALL_COUNT_THRESHOLD = 5;
