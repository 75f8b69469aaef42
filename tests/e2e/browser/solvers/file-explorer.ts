import { containing } from './names';
import type { Solver, StepOf } from './types';

/** Goes to the folder holding the file, then opens it or says "it is here". */
export const fileExplorer: Solver<StepOf<'file-explorer'>> = async ({
  step,
  page,
  driver,
  text,
  say,
}) => {
  const folder = step.folders.find((f) => f.files.some((file) => file.name === step.file));
  if (!folder) throw new Error('file in no folder');
  if (folder.id !== step.start)
    await driver.press(
      page
        .getByRole('navigation', { name: say('sims:explorer.folders') })
        .getByRole('button', { name: text(folder.name), exact: true }),
    );
  if (step.goal === 'which-folder') {
    await driver.press(
      page.getByRole('button', { name: say('sims:explorer.itIsHere'), exact: true }),
    );
    return;
  }
  await driver.press(page.getByRole('button', { name: containing(step.file) }));
  await driver.press(page.getByRole('button', { name: say('sims:explorer.open'), exact: true }));
};
