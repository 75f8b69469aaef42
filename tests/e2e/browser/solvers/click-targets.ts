import type { Solver, StepOf } from './types';

/** Each target in turn, by its name "Cible n sur N". */
export const clickTargets: Solver<StepOf<'click-targets'>> = async ({
  step,
  page,
  driver,
  say,
}) => {
  for (let n = 1; n <= step.count; n += 1) {
    const target = page.getByRole('button', {
      name: say('citizen:clickTargets.target', { n, count: step.count }),
    });
    await driver.press(target);
  }
};
