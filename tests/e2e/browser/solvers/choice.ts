import type { Solver, StepOf } from './types';

/** Picks the right answer, or ticks every right box then "Valider". */
export const choice: Solver<StepOf<'choice'>> = async ({ step, page, driver, text, say }) => {
  const right = step.choices.filter((c) => c.correct);
  if (!step.multiple) {
    const only = right[0];
    if (!only) throw new Error('no right choice');
    await driver.press(page.getByRole('button', { name: text(only.label), exact: true }));
    return;
  }
  for (const c of right)
    await driver.check(page.getByRole('checkbox', { name: text(c.label), exact: true }));
  await driver.press(page.getByRole('button', { name: say('citizen:player.check'), exact: true }));
};
