import type { Solver, StepOf } from './types';

/** A strong passphrase of the person's own (never the example shown), then "Valider". */
export const PASSPHRASE = 'Tulipe-Gare-Nuage-58';

export const passwordBuilder: Solver<StepOf<'password-builder'>> = async ({
  step,
  page,
  driver,
  text,
  say,
}) => {
  await driver.type(page.getByLabel(text(step.label), { exact: true }), PASSPHRASE);
  await driver.press(page.getByRole('button', { name: say('sims:password.submit'), exact: true }));
};
