import { containing } from './names';
import { expect } from '../fixtures';
import { byMode, type SolveContext, type StepOf } from './types';

type Ctx = SolveContext<StepOf<'drag-drop'>>;

function targets(ctx: Ctx, item: Ctx['step']['items'][number]) {
  const { page, step, text, say } = ctx;
  const folder = step.folders.find((f) => f.id === item.folder);
  if (!folder) throw new Error(`folder ${item.folder} missing`);
  return {
    file: page
      .getByRole('list', { name: say('citizen:dragDrop.files') })
      .getByRole('button', { name: text(item.label), exact: true }),
    folder: page.getByRole('list', { name: say('citizen:dragDrop.folders') }).getByRole('button', {
      name: containing(text(folder.label)),
    }),
    content: page.getByRole('list', {
      name: say('citizen:dragDrop.inside', { folder: text(folder.label) }),
    }),
  };
}

/** Puts every file in its folder: a real drag, a tap then a tap, or Enter then Enter. */
export const dragDrop = byMode<StepOf<'drag-drop'>>({
  mouse: async (ctx) => {
    for (const item of ctx.step.items) {
      const { file, folder, content } = targets(ctx, item);
      // As a person would: scroll until the folder is at the bottom of the screen, the files above.
      await folder.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await expect(file).toBeInViewport();
      const from = await file.boundingBox();
      const to = await folder.boundingBox();
      if (!from || !to) throw new Error('file or folder not on screen');
      const { mouse } = ctx.page;
      await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await mouse.down();
      await mouse.move(from.x + from.width / 2 + 30, from.y + from.height / 2 + 30, { steps: 4 });
      await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
      await mouse.up();
      await expect(content).toContainText(ctx.text(item.label));
    }
  },
  keyboard: async (ctx) => {
    for (const item of ctx.step.items) {
      const { file, folder } = targets(ctx, item);
      await ctx.driver.press(file);
      await ctx.driver.press(folder);
    }
  },
  touch: async (ctx) => {
    for (const item of ctx.step.items) {
      const { file, folder, content } = targets(ctx, item);
      await file.tap();
      await folder.tap();
      await expect(content).toContainText(ctx.text(item.label));
    }
  },
});
