import { expect } from '../fixtures';
import { byMode, type SolveContext, type StepOf } from './types';

type Ctx = SolveContext<StepOf<'scroll-find'>>;

const region = ({ page, step, text, say }: Ctx) =>
  page.getByRole('region', {
    name: say('citizen:scrollFind.page', { title: text(step.pageTitle) }),
  });

/** The last section (where the answer is written) has scrolled into the page's frame. */
const lastSectionShown = (ctx: Ctx) => {
  const last = ctx.step.sections.at(-1);
  if (!last) throw new Error('no section');
  return region(ctx)
    .getByRole('heading', { name: ctx.text(last.heading), exact: true })
    .evaluate((el) => {
      const frame = el.closest('section')?.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return !!frame && box.top >= frame.top && box.bottom <= frame.bottom;
    });
};

const answer = ({ page, step, text }: Ctx) => {
  const choice = step.choices.find((c) => c.id === step.correctChoice);
  if (!choice) throw new Error('correctChoice not among the choices');
  return page.getByRole('button', { name: text(choice.label), exact: true });
};

/** Scrolls the page down to its end (wheel, arrows, finger), then gives the answer read there. */
export const scrollFind = byMode<StepOf<'scroll-find'>>({
  mouse: async (ctx) => {
    await region(ctx).hover();
    await expect
      .poll(async () => {
        await ctx.page.mouse.wheel(0, 200);
        return lastSectionShown(ctx);
      })
      .toBe(true);
    await answer(ctx).click();
  },
  keyboard: async (ctx) => {
    await ctx.driver.tabTo(region(ctx));
    await ctx.page.keyboard.press('End');
    await expect.poll(() => lastSectionShown(ctx)).toBe(true);
    await ctx.driver.press(answer(ctx));
  },
  touch: async (ctx) => {
    // A swipe is not a tap: the page scrolls as it would under a finger (scrollIntoView is
    // what the browser does for a flick to the end); the answer is then tapped.
    await region(ctx)
      .getByRole('heading', {
        name: ctx.text(ctx.step.sections.at(-1)?.heading ?? ctx.step.pageTitle),
        exact: true,
      })
      .scrollIntoViewIfNeeded();
    await answer(ctx).tap();
  },
});
