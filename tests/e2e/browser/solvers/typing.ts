import { typeable } from './driver';
import type { Solver, StepOf } from './types';

/** Types an accepted answer in the field, then Entrée (on-screen or physical). */
export const typing: Solver<StepOf<'typing'>> = async ({ step, page, driver, text }) => {
  const field = page.getByLabel(text(step.label), { exact: true });
  await driver.type(field, typeable(step.answer.accepted));
  await driver.enter();
};
