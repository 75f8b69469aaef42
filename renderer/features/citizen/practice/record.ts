/**
 * Anonymous practice results, one row per exercise tried, in the `practice` table. What a row
 * holds is fixed here and never includes anything the citizen typed or chose.
 */
import type { PracticeRow } from '../../../data/types';

export type PracticeResult = 'success' | 'skipped' | 'abandoned';

/** Display options in use while the exercise ran (to see which aids people need). */
export interface DisplayUsed {
  textScale: 0 | 1 | 2;
  highContrast: boolean;
  readAloud: boolean;
}

export interface PracticeRecord {
  id?: number;
  exerciseId: string;
  competence: string;
  parcoursId: string;
  result: PracticeResult;
  attempts: number;
  hintsUsed: number;
  seconds: number;
  language: string;
  display: DisplayUsed;
  /** 1-based step where the person was when the exercise ended (where they gave up). */
  step: number;
  steps: number;
  launchedBy: 'citizen' | 'agent';
  startedAt: string;
  [field: string]: unknown;
}

const RESULTS: readonly string[] = ['success', 'skipped', 'abandoned'];
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Reads a stored row defensively (older or foreign rows get neutral values). */
export function toPracticeRecord(row: PracticeRow): PracticeRecord | null {
  if (typeof row.result !== 'string' || !RESULTS.includes(row.result)) return null;
  const display = (row.display ?? {}) as Partial<DisplayUsed>;
  return {
    ...(row.id !== undefined ? { id: row.id } : {}),
    exerciseId: row.exerciseId,
    competence: row.competence,
    parcoursId: typeof row.parcoursId === 'string' ? row.parcoursId : '',
    result: row.result as PracticeResult,
    attempts: num(row.attempts),
    hintsUsed: num(row.hintsUsed),
    seconds: num(row.seconds),
    language: typeof row.language === 'string' ? row.language : 'fr',
    display: {
      textScale: display.textScale === 1 || display.textScale === 2 ? display.textScale : 0,
      highContrast: display.highContrast === true,
      readAloud: display.readAloud === true,
    },
    step: Math.max(1, num(row.step)),
    steps: Math.max(1, num(row.steps)),
    launchedBy: row.launchedBy === 'agent' ? 'agent' : 'citizen',
    startedAt: row.startedAt,
  };
}
