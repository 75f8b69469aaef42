import { expect } from '../fixtures';
import { longPress } from './touch';
import { byMode, type SolveContext, type StepOf } from './types';

type Ctx = SolveContext<StepOf<'context-menu'>>;

const item = ({ page, step, text }: Ctx) =>
  page.getByRole('button', { name: text(step.item), exact: true });

const correct = ({ page, step, text }: Ctx) => {
  const action = step.actions.find((a) => a.id === step.correctAction);
  if (!action) throw new Error('correctAction not among the actions');
  return page.getByRole('menuitem', { name: text(action.label), exact: true });
};

/** Opens the item's menu (right click, Shift+F10, long press) and chooses the right action. */
export const contextMenu = byMode<StepOf<'context-menu'>>({
  mouse: async (ctx) => {
    await item(ctx).click({ button: 'right' });
    await correct(ctx).click();
  },
  keyboard: async (ctx) => {
    await ctx.driver.tabTo(item(ctx));
    await ctx.page.keyboard.press('Shift+F10');
    const wanted = correct(ctx);
    for (let i = 0; i < 8; i += 1) {
      if (await wanted.evaluate((el) => el === document.activeElement)) break;
      await ctx.page.keyboard.press('ArrowDown');
    }
    await expect(wanted).toBeFocused();
    await ctx.page.keyboard.press('Enter');
  },
  touch: async (ctx) => {
    await longPress(ctx.page, item(ctx));
    await correct(ctx).tap();
  },
});
