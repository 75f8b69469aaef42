import { typeable } from './driver';
import type { Solver, StepOf } from './types';

/** Fills every field with its expected value, then the form's send button. */
export const form: Solver<StepOf<'form'>> = async ({ step, page, driver, text }) => {
  for (const field of step.fields)
    await driver.type(
      page.getByLabel(text(field.label), { exact: true }),
      typeable(field.answer.accepted),
    );
  await driver.press(page.getByRole('button', { name: text(step.submitLabel), exact: true }));
};
