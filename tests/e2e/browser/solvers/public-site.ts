import type { Locator } from '@playwright/test';
import { typeable } from './driver';
import type { SolveContext, Solver, StepOf } from './types';

type Ctx = SolveContext<StepOf<'public-site'>>;

/** The first control of the answer panel (it may appear only once the site is explored). */
function firstAnswerControl(ctx: Ctx): Locator {
  const { page, step, text } = ctx;
  const answer = step.answer;
  if (answer.kind === 'text') return page.getByLabel(text(answer.label), { exact: true });
  const first = answer.options[0];
  if (!first) throw new Error('no option');
  return page.getByRole(answer.multiple ? 'checkbox' : 'radio', { name: text(first.label) });
}

/** Browses the site as a person would: menu pages, then the pages they link to. */
async function explore(ctx: Ctx) {
  const { page, step, driver, text, say } = ctx;
  const title = (id: string) =>
    text(step.pages.find((p) => p.id === id)?.title ?? { fr: id, en: id });
  const menu = page.getByRole('navigation', { name: say('sims:site.menu') });
  for (const id of step.menu) {
    await driver.press(menu.getByRole('button', { name: title(id), exact: true }));
    if (await firstAnswerControl(ctx).isVisible()) return;
    const links = step.pages.find((p) => p.id === id)?.links ?? [];
    for (const link of links) {
      await driver.press(
        page
          .getByRole('list', { name: say('sims:site.seeAlso') })
          .getByRole('button', { name: title(link), exact: true }),
      );
      if (await firstAnswerControl(ctx).isVisible()) return;
      await driver.press(menu.getByRole('button', { name: title(id), exact: true }));
    }
  }
}

/** Explores the site, then answers: the right boxes, or the text, and "Valider ma réponse". */
export const publicSite: Solver<StepOf<'public-site'>> = async (ctx) => {
  const { page, step, driver, text, say } = ctx;
  await explore(ctx);
  const answer = step.answer;
  if (answer.kind === 'text') {
    await driver.type(firstAnswerControl(ctx), typeable(answer.spec.accepted));
  } else {
    for (const option of answer.options.filter((o) => o.correct))
      await driver.check(
        page.getByRole(answer.multiple ? 'checkbox' : 'radio', { name: text(option.label) }),
      );
  }
  await driver.press(page.getByRole('button', { name: say('sims:site.submit'), exact: true }));
};
