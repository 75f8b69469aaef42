/**
 * The skills map: anonymous practice rows aggregated per exercise and per Pix competence.
 * Pure functions (unit-tested); the panel and the CSV export use them.
 */
import { COMPETENCE_CODES } from '../citizen';
import type { PracticeRecord } from '../citizen';
import { localIsoDate } from '../../lib/dates';

export interface Counts {
  /** Exercises started (every row is one start). */
  starts: number;
  completions: number;
  skips: number;
  abandons: number;
  /** Completions ÷ starts, in whole per cent (0 when nothing started). */
  successRate: number;
}

export interface ExerciseSummary extends Counts {
  exerciseId: string;
  competence: string;
  /** The step where this exercise is most often abandoned, with how many times. */
  giveUp: { step: number; count: number } | null;
}

export interface CompetenceSummary extends Counts {
  code: string;
  exercises: ExerciseSummary[];
}

export interface SkillsMap {
  competences: CompetenceSummary[];
  /** The exercise and step abandoned most often across the kiosk. */
  giveUp: { exerciseId: string; step: number; count: number } | null;
  total: Counts;
}

/** Optional period, as inclusive local dates `YYYY-MM-DD`. */
export interface PeriodFilter {
  from?: string;
  to?: string;
}

const rate = (completions: number, starts: number): number =>
  starts === 0 ? 0 : Math.round((completions / starts) * 100);

function count(rows: readonly PracticeRecord[]): Counts {
  const completions = rows.filter((r) => r.result === 'success').length;
  return {
    starts: rows.length,
    completions,
    skips: rows.filter((r) => r.result === 'skipped').length,
    abandons: rows.filter((r) => r.result === 'abandoned').length,
    successRate: rate(completions, rows.length),
  };
}

export function inPeriod(row: PracticeRecord, period: PeriodFilter = {}): boolean {
  const day = localIsoDate(new Date(row.startedAt));
  return (!period.from || day >= period.from) && (!period.to || day <= period.to);
}

function mostAbandonedStep(
  rows: readonly PracticeRecord[],
): { step: number; count: number } | null {
  const bySteps = new Map<number, number>();
  for (const r of rows)
    if (r.result === 'abandoned') bySteps.set(r.step, (bySteps.get(r.step) ?? 0) + 1);
  let best: { step: number; count: number } | null = null;
  for (const [step, n] of bySteps)
    if (!best || n > best.count || (n === best.count && step < best.step))
      best = { step, count: n };
  return best;
}

/** Groups rows by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The skills map of the rows in `period`: competences in Pix order, exercises by id. */
export function aggregate(all: readonly PracticeRecord[], period: PeriodFilter = {}): SkillsMap {
  const rows = all.filter((r) => inPeriod(r, period));
  const byCompetence = groupBy(rows, (r) => r.competence);
  const order = (code: string) => {
    const i = (COMPETENCE_CODES as readonly string[]).indexOf(code);
    return i === -1 ? COMPETENCE_CODES.length : i;
  };
  const competences = [...byCompetence.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([code, list]) => ({
      code,
      ...count(list),
      exercises: [...groupBy(list, (r) => r.exerciseId).entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([exerciseId, ex]) => ({
          exerciseId,
          competence: code,
          ...count(ex),
          giveUp: mostAbandonedStep(ex),
        })),
    }));

  let giveUp: SkillsMap['giveUp'] = null;
  for (const ex of competences.flatMap((c) => c.exercises)) {
    if (ex.giveUp && (!giveUp || ex.giveUp.count > giveUp.count))
      giveUp = { exerciseId: ex.exerciseId, ...ex.giveUp };
  }
  return { competences, giveUp, total: count(rows) };
}
