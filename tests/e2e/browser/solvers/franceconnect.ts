import { expect } from '../fixtures';
import type { Solver, StepOf } from './types';

/** Service → FranceConnect → the fictitious account's provider → sign-in → SMS code. */
export const franceConnect: Solver<StepOf<'franceconnect'>> = async ({
  step,
  page,
  driver,
  say,
}) => {
  if (step.start === 'service') {
    await driver.press(page.getByRole('button', { name: say('sims:fc.connectWith'), exact: true }));
    const provider = step.providers.find((p) => p.id === step.provider);
    if (!provider) throw new Error('provider missing');
    await driver.press(page.getByRole('button', { name: provider.name, exact: true }));
    await driver.type(page.getByLabel(say('sims:fc.identifier'), { exact: true }), step.identifier);
    await driver.type(page.getByLabel(say('sims:fc.password'), { exact: true }), step.password);
    await driver.press(page.getByRole('button', { name: say('sims:fc.signIn'), exact: true }));
  }
  const code = page.getByLabel(say('sims:fc.codeLabel'), { exact: true });
  await expect(page.getByRole('complementary', { name: say('sims:phone.label') })).toContainText(
    step.code,
  );
  await driver.type(code, step.code);
  await driver.press(page.getByRole('button', { name: say('sims:fc.confirm'), exact: true }));
};
