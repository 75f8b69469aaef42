import { expect } from '../fixtures';
import { byMode, type SolveContext, type StepOf } from './types';

type Ctx = SolveContext<StepOf<'double-click'>>;

const folders = ({ step, page, text }: Ctx) =>
  step.path.map((label) => page.getByRole('button', { name: text(label), exact: true }));

/** Opens the folders of the path, outermost first; then the final item shows. */
export const doubleClick = byMode<StepOf<'double-click'>>({
  mouse: async (ctx) => {
    for (const folder of folders(ctx)) await folder.dblclick();
    await expect(ctx.page.getByText(ctx.text(ctx.step.finalItem))).toBeVisible();
  },
  keyboard: async (ctx) => {
    for (const folder of folders(ctx)) await ctx.driver.press(folder); // Enter opens
  },
  touch: async (ctx) => {
    for (const folder of folders(ctx)) {
      await folder.tap(); // a first tap selects…
      await expect(folder).toHaveAttribute('aria-pressed', 'true');
      await folder.tap(); // …a second one opens
    }
  },
});
