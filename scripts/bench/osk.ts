/**
 * Issue 11's figure: a tap on a key of the on-screen keyboard → the character painted in the
 * field (median, plain and CPU 4×), measured inside the page from the key's pointerdown to the
 * frame after the field's input event. The floor, measured in the same run, is the smallest
 * page doing the same: a button whose click appends a character to a text field.
 */
import type { Browser, Page } from '@playwright/test';
import { freshPage, median, round, within, type BuiltApp } from './harness';

const TAPS = Number(process.env.BENCH_RUNS ?? 9) * 2;

/** Arms an in-page timer: starts at the next pointerdown, stops a frame after `field`'s input. */
async function armKeyTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __key?: Promise<number> };
    const field = document.activeElement ?? document.querySelector('input');
    w.__key = new Promise<number>((resolve) => {
      let start = 0;
      addEventListener('pointerdown', () => (start = performance.now()), {
        capture: true,
        once: true,
      });
      field?.addEventListener(
        'input',
        () => requestAnimationFrame(() => resolve(performance.now() - start)),
        { once: true },
      );
    });
  });
}

const readKey = (page: Page) =>
  within(
    page.evaluate(() => (window as unknown as { __key: Promise<number> }).__key),
    10_000,
    'a key tap typed nothing in the field',
  );

/** Taps `key` TAPS times, timing each tap. */
async function timeTaps(page: Page, key: ReturnType<Page['getByRole']>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < TAPS; i += 1) {
    await armKeyTimer(page);
    await key.tap();
    times.push(await readKey(page));
  }
  return times;
}

async function oskKey(browser: Browser, url: string, rate: number): Promise<number[]> {
  const { context, page } = await freshPage(browser, rate, { hasTouch: true });
  try {
    await page.goto(url);
    await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).tap();
    await page
      .getByRole('button', { name: /Je découvre le clavier/ })
      .first()
      .tap();
    await page.getByRole('button', { name: /^Passer/ }).tap();
    // « Taper un premier mot » opens with its lesson.
    await page.getByRole('button', { name: 'Je commence l’exercice', exact: true }).tap();
    const field = page.getByLabel('Votre mot');
    await field.tap();
    const key = page
      .getByRole('group', { name: 'Clavier à l’écran' })
      .getByRole('button', { name: 'a', exact: true });
    await key.waitFor();
    const times = await timeTaps(page, key);
    if ((await field.inputValue()) !== 'a'.repeat(TAPS)) throw new Error('a key press was lost');
    return times;
  } finally {
    await context.close();
  }
}

async function floorKey(browser: Browser, url: string, rate: number): Promise<number[]> {
  const { context, page } = await freshPage(browser, rate, { hasTouch: true });
  try {
    await page.goto(`${url}empty.html`);
    await page.evaluate(() => {
      const field = document.createElement('input');
      document.body.prepend(field);
      const button = document.querySelector('button');
      button?.addEventListener('mousedown', (e) => e.preventDefault());
      button?.addEventListener('click', () => {
        field.value += 'a';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      field.focus();
    });
    return await timeTaps(page, page.getByRole('button'));
  } finally {
    await context.close();
  }
}

export async function benchOsk(browser: Browser, app: BuiltApp) {
  const result: Record<string, unknown> = {};
  for (const rate of [1, 4]) {
    const app_ = await oskKey(browser, app.url, rate);
    const floor = await floorKey(browser, app.url, rate);
    result[rate === 1 ? 'keyToCharacter' : 'keyToCharacterCpu4x'] = {
      medianMs: round(median(app_)),
      floorMedianMs: round(median(floor)),
      ratioToFloor: round(median(app_) / median(floor), 2),
      budgetMs: rate === 1 ? 50 : 150,
      taps: TAPS,
    };
  }
  return result;
}
