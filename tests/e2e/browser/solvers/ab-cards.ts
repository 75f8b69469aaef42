import { expect } from '../fixtures';
import type { Solver, StepOf } from './types';

/** Each card in turn: the right one of its two options. */
export const abCards: Solver<StepOf<'ab-cards'>> = async ({ step, page, driver, text, say }) => {
  for (const [i, card] of step.cards.entries()) {
    await expect(
      page.getByText(say('citizen:abCards.progress', { n: i + 1, count: step.cards.length })),
    ).toBeVisible();
    await driver.press(page.getByRole('button', { name: text(card[card.correct]), exact: true }));
  }
};
