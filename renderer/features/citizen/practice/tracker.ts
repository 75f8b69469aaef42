/**
 * Follows the exercise in progress (counters only, never typed text) and writes its anonymous
 * result to the `practice` table when it ends: success, skipped, or abandoned (Quitter, idle).
 */
import { runningAppServices } from '../../../app/servicesHandle';
import type { DisplayOptions } from '../../../app/screens';
import type { PracticeRecord, PracticeResult } from './record';

interface Current {
  exerciseId: string;
  competence: string;
  parcoursId: string;
  language: string;
  launchedBy: 'citizen' | 'agent';
  steps: number;
  step: number;
  attempts: number;
  hintsUsed: number;
  readAloud: boolean;
  startedMs: number;
  startedAt: string;
}

let current: Current | null = null;

export type ExerciseStart = Pick<
  Current,
  'exerciseId' | 'competence' | 'parcoursId' | 'language' | 'launchedBy' | 'steps'
>;

/** Starts following an exercise (a previous one still open is dropped without a row). */
export function beginExercise(start: ExerciseStart, now: number = Date.now()): void {
  current = {
    ...start,
    step: 1,
    attempts: 0,
    hintsUsed: 0,
    readAloud: false,
    startedMs: now,
    startedAt: new Date(now).toISOString(),
  };
}

export function noteAttempt(): void {
  if (current) current.attempts += 1;
}
export function noteHint(): void {
  if (current) current.hintsUsed += 1;
}
export function noteReadAloud(): void {
  if (current) current.readAloud = true;
}
/** 1-based index of the step now shown. */
export function noteStep(step: number): void {
  if (current) current.step = step;
}

/** The row that would be written now (pure view of the tracker; exported for tests). */
export function currentRecord(
  result: PracticeResult,
  display: DisplayOptions,
  now: number = Date.now(),
): PracticeRecord | null {
  if (!current) return null;
  return {
    exerciseId: current.exerciseId,
    competence: current.competence,
    parcoursId: current.parcoursId,
    result,
    attempts: current.attempts,
    hintsUsed: current.hintsUsed,
    seconds: Math.max(0, Math.round((now - current.startedMs) / 1000)),
    language: current.language,
    display: {
      textScale: display.textScale,
      highContrast: display.highContrast,
      readAloud: current.readAloud,
    },
    step: current.step,
    steps: current.steps,
    launchedBy: current.launchedBy,
    startedAt: current.startedAt,
  };
}

/** Ends the exercise in progress and stores its result; does nothing when none is open. */
export async function endExercise(result: PracticeResult, display: DisplayOptions): Promise<void> {
  const row = currentRecord(result, display);
  current = null;
  if (!row) return;
  try {
    const services = await runningAppServices()?.load();
    await services?.practice.add(row);
  } catch {
    // Practice data is a nice-to-have: a full or blocked database must never stop a citizen.
  }
}

/** Whether an exercise is being followed (used before a wipe to record the abandonment). */
export const hasOpenExercise = (): boolean => current !== null;
