import type { Page } from '@playwright/test';
import type {
  Exercise,
  Step,
  StepType,
} from '../../../../renderer/features/citizen/content/schema';
import type { LocalizedText } from '../../../../renderer/features/citizen/interactions/types';
import type { Driver, Mode } from './driver';
import type { Lang } from './say';

/** What a solver gets: the step's content data, the driver of the mode, and text helpers. */
export interface SolveContext<S extends Step = Step> {
  step: S;
  exercise: Exercise;
  driver: Driver;
  page: Page;
  mode: Mode;
  lang: Lang;
  /** A content text in the run's language (French as fallback, as the player does). */
  text: (value: LocalizedText) => string;
  /** A UI text of the app's catalogues in the run's language. */
  say: (key: string, vars?: Record<string, string | number>) => string;
}

/** Completes one step (the player's "Bravo" and "Continuer" are the runner's business). */
export type Solver<S extends Step = Step> = (ctx: SolveContext<S>) => Promise<void>;

export type StepOf<T extends StepType> = Extract<Step, { type: T }>;

/** A solver whose modes differ: one variant per mode. */
export const byMode =
  <S extends Step>(variants: Record<Mode, Solver<S>>): Solver<S> =>
  (ctx) =>
    variants[ctx.mode](ctx);
