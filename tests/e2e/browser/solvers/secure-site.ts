import { expect } from '../fixtures';
import type { Solver, StepOf } from './types';

const LETTERS = ['A', 'B', 'C'];

/** Each card: the official site, by its letter. */
export const secureSite: Solver<StepOf<'secure-site'>> = async ({ step, page, driver, say }) => {
  for (const [i, round] of step.rounds.entries()) {
    await expect(
      page.getByText(say('sims:secure.card', { n: i + 1, total: step.rounds.length })),
    ).toBeVisible();
    const letter = LETTERS[round.sites.findIndex((s) => s.official)] ?? '?';
    await driver.press(
      page.getByRole('button', { name: say('sims:secure.choose', { letter }), exact: true }),
    );
  }
};
