import { EVENT_KEY } from '../../../../renderer/features/citizen/interactions/key-press/keys';
import type { TeachableKey } from '../../../../renderer/features/citizen/interactions/key-press/schema';
import { byMode, type SolveContext, type StepOf } from './types';

type Ctx = SolveContext<StepOf<'key-press'>>;

/** The on-screen keyboard's name of each key the drawing can show on a touch kiosk. */
const OSK_NAME: Partial<Record<TeachableKey, string>> = {
  Enter: 'osk:enter',
  Space: 'osk:space',
  Backspace: 'osk:backspace',
  Shift: 'osk:shift',
};

/** Taps (or clicks) the asked keys on the drawing, which shows the on-screen keyboard then. */
const onDrawing = async (ctx: Ctx, act: 'tap' | 'click') => {
  const zone = ctx.page.getByRole('application', { name: ctx.say('citizen:keyPress.zone') });
  for (const key of ctx.step.keys) {
    const name = OSK_NAME[key];
    if (!name) throw new Error(`${key} is not on the on-screen keyboard`);
    // The drawing is hidden from assistive technologies; sighted people read the key's label.
    await zone.getByText(ctx.say(name), { exact: true })[act]();
  }
};

/** Presses each asked key in turn. */
export const keyPress = byMode<StepOf<'key-press'>>({
  keyboard: async (ctx) => {
    for (const key of ctx.step.keys) {
      const pressed = EVENT_KEY[key] === ' ' ? 'Space' : EVENT_KEY[key];
      await ctx.page.keyboard.press(pressed);
    }
  },
  mouse: (ctx) => onDrawing(ctx, 'click'),
  touch: (ctx) => onDrawing(ctx, 'tap'),
});
