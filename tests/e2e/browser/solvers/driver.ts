/**
 * How a person of each kind acts on the kiosk, one implementation per mode:
 *  - touch: `locator.tap()` only, text typed on the on-screen keyboard (long presses, which a
 *    tap cannot make, are real touch events sent through the DevTools protocol);
 *  - keyboard: `page.keyboard` only, reaching every control with Tab / Shift+Tab;
 *  - mouse: clicks, double-clicks, right-clicks, drags and hovering; text typed by clicking the
 *    on-screen keyboard (the kiosk is configured with `onScreenKeyboard: "always"`).
 * Solvers call these verbs and add what is specific to their interaction type.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { TYPEABLE } from '../../../../renderer/features/citizen/osk/layout';
import { say, type Lang } from './say';

export type Mode = 'touch' | 'keyboard' | 'mouse';

export interface Driver {
  mode: Mode;
  page: Page;
  lang: Lang;
  /** Presses a button (tap, click, or Tab to it then Enter). */
  press(target: Locator): Promise<void>;
  /** Ticks a checkbox or picks a radio button (Space, or arrows inside a radio group). */
  check(target: Locator): Promise<void>;
  /** Types `text` into an empty field (on-screen keyboard, or the physical keyboard). */
  type(field: Locator, text: string): Promise<void>;
  /** Submits the field that has the focus, as Entrée / Enter does. */
  enter(): Promise<void>;
  /** Gives the focus to `target` (keyboard mode only: by Tab). */
  tabTo(target: Locator): Promise<void>;
}

/** The first of `answers` the on-screen keyboard can type (’ and « » are not on it). */
export function typeable(answers: readonly string[]): string {
  const found = answers.find((a) => [...a].every((c) => TYPEABLE.has(c)));
  if (!found)
    throw new Error(`no answer typeable on the on-screen keyboard: ${answers.join(' | ')}`);
  return found;
}

/** Where `target` (any of its matches) is from the focused element: 'here', or which way to Tab. */
const tabDirection = (target: Locator) =>
  target.evaluateAll((els): 'here' | 'back' | 'forward' | 'none' => {
    const active = document.activeElement;
    const first = els[0];
    if (!first) return 'none';
    if (els.some((el) => el === active)) return 'here';
    if (!active || active === document.body) return 'forward';
    return active.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_PRECEDING
      ? 'back'
      : 'forward';
  });

async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.first().waitFor();
  for (let i = 0; i < 150; i += 1) {
    const where = await tabDirection(target);
    if (where === 'here') return;
    await page.keyboard.press(where === 'back' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The on-screen keyboard, its keys found by their accessible names. */
function onScreenKeyboard(page: Page, lang: Lang) {
  const group = page.getByRole('group', { name: say(lang, 'osk:keyboard') });
  const key = (name: string) => group.getByRole('button', { name, exact: true });
  return {
    group,
    space: key(say(lang, 'osk:space')),
    shift: key(say(lang, 'osk:shift')),
    enter: key(say(lang, 'osk:enter')),
    char: key,
  };
}

type Press = (target: Locator, options?: { force: boolean }) => Promise<void>;

async function typeOnScreen(
  page: Page,
  lang: Lang,
  field: Locator,
  text: string,
  press: Press,
): Promise<void> {
  await press(field);
  const osk = onScreenKeyboard(page, lang);
  await expect(osk.group).toBeVisible();
  await expectNotCovered(field, osk.group);
  // A key's first press in this field goes through every actionability check (visible, stable,
  // not covered); the keyboard does not move while the field is typed in, so pressing the same
  // key again skips them (much faster). The value checked at the end proves every press landed.
  const used = new Set<string>();
  const key = async (target: Locator, name: string) => {
    await press(target, { force: used.has(name) });
    used.add(name);
  };
  for (const c of text) {
    if (c === ' ') await key(osk.space, ' ');
    else if (c !== c.toLocaleLowerCase('fr-FR')) {
      await key(osk.shift, 'shift');
      await key(osk.char(c), c); // Majuscule is on: the key now shows (and is named) the capital.
    } else await key(osk.char(c), c);
  }
  await expect(field).toHaveValue(text);
}

/** The keyboard never hides the field it types into. */
async function expectNotCovered(field: Locator, keyboard: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const f = await field.boundingBox();
      const k = await keyboard.boundingBox();
      return !!f && !!k && f.y >= 0 && f.y + f.height <= k.y;
    }, 'the field is above the on-screen keyboard')
    .toBe(true);
}

export function createDriver(page: Page, mode: Mode, lang: Lang): Driver {
  if (mode === 'keyboard') {
    return {
      mode,
      page,
      lang,
      tabTo: (target) => tabTo(page, target),
      press: async (target) => {
        await tabTo(page, target);
        await page.keyboard.press('Enter');
      },
      check: async (target) => {
        if ((await target.getAttribute('type')) === 'radio') {
          // One Tab stop per radio group: the arrows move the choice inside it.
          const name = await target.getAttribute('name');
          await tabTo(page, page.locator(`input[type=radio][name="${name}"]`));
          for (let i = 0; i < 10 && !(await target.isChecked()); i += 1)
            await page.keyboard.press('ArrowDown');
          await expect(target).toBeChecked();
          return;
        }
        await tabTo(page, target);
        await page.keyboard.press('Space');
      },
      type: async (field, text) => {
        await tabTo(page, field);
        await page.keyboard.type(text);
        await expect(field).toHaveValue(text);
      },
      enter: () => page.keyboard.press('Enter'),
    };
  }
  const press: Press =
    mode === 'touch' ? (l, options) => l.tap(options) : (l, options) => l.click(options);
  return {
    mode,
    page,
    lang,
    tabTo: () => Promise.reject(new Error('tabTo is for the keyboard mode')),
    press: (target) => press(target),
    check: (target) => press(target),
    type: (field, text) => typeOnScreen(page, lang, field, text, press),
    enter: () => press(onScreenKeyboard(page, lang).enter),
  };
}
