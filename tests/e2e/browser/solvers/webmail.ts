import { containing } from './names';
import { expect } from '../fixtures';
import { typeable } from './driver';
import { longPress } from './touch';
import type { SolveContext, Solver, StepOf } from './types';

type Ctx = SolveContext<StepOf<'webmail'>>;

function target(ctx: Ctx) {
  const message = ctx.step.messages.find((m) => m.id === ctx.step.target);
  if (!message) throw new Error('target message missing');
  return message;
}

async function openTarget(ctx: Ctx) {
  const { page, driver, text, say } = ctx;
  const subject = text(target(ctx).subject);
  await driver.press(
    page
      .getByRole('list', { name: say('sims:mail.inbox') })
      .getByRole('button', { name: containing(subject) }),
  );
}

/** Reveals where the link leads (hover, focus, long press), then says whether to trust it. */
async function reveal(ctx: Ctx) {
  const { page, driver, mode, text, say } = ctx;
  const message = target(ctx);
  if (!message.link) throw new Error('reveal mode needs a link');
  await openTarget(ctx);
  const link = page.getByRole('button', { name: text(message.link.label), exact: true });
  if (mode === 'mouse') await link.hover();
  else if (mode === 'keyboard') await driver.tabTo(link);
  else await longPress(page, link);
  await expect(page.getByText(say('sims:mail.realAddress'))).toBeVisible();
  const verdict = message.scam ? 'sims:mail.verdict.scam' : 'sims:mail.verdict.trust';
  await driver.press(page.getByRole('button', { name: say(verdict), exact: true }));
}

/** Reports the scam, then deletes it. */
async function report(ctx: Ctx) {
  const { page, driver, say } = ctx;
  await openTarget(ctx);
  const toolbar = page.getByRole('toolbar', { name: say('sims:mail.actions') });
  await driver.press(toolbar.getByRole('button', { name: say('sims:mail.report'), exact: true }));
  await expect(page.getByText(say('sims:mail.notice.reported'))).toBeVisible();
  await driver.press(toolbar.getByRole('button', { name: say('sims:mail.delete'), exact: true }));
}

/** Writes to the expected address, attaches the expected file with the picker, sends. */
async function compose(ctx: Ctx) {
  const { page, driver, step, say } = ctx;
  if (!step.recipient || !step.attachment)
    throw new Error('compose mode needs recipient and attachment');
  await driver.press(page.getByRole('button', { name: say('sims:mail.newMessage'), exact: true }));
  await driver.type(
    page.getByLabel(say('sims:mail.to'), { exact: true }),
    typeable(step.recipient.accepted),
  );
  await driver.type(page.getByLabel(say('sims:mail.subject'), { exact: true }), 'Justificatif');
  await driver.press(page.getByRole('button', { name: say('sims:mail.attach'), exact: true }));
  const picker = page.getByRole('dialog', { name: say('sims:picker.title') });
  await driver.press(picker.getByRole('button', { name: containing(step.attachment) }));
  await driver.press(picker.getByRole('button', { name: say('sims:picker.attach'), exact: true }));
  await expect(page.getByText(say('sims:mail.attached', { name: step.attachment }))).toBeVisible();
  await driver.press(page.getByRole('button', { name: say('sims:mail.send'), exact: true }));
}

export const webmail: Solver<StepOf<'webmail'>> = (ctx) =>
  ({ reveal, report, compose })[ctx.step.mode](ctx);
