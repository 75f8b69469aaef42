/**
 * Issue 3's figures: from a tap on a parcours to its first exercise on screen (median, plain
 * and CPU 4×), measured inside the page from the pointer event to the frame where the
 * progress line "Exercice 1 sur N" is in the DOM; and the session wipe (median of the
 * `kiosque:quit-wipe` measure the app records). The floor is a click that only toggles a text.
 */
import type { Browser, Page } from '@playwright/test';
import { freshPage, median, round, within, type BuiltApp } from './harness';
import { benchOsk } from './osk';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PARCOURS = 'Je découvre la souris';

/** Arms an in-page timer: starts at the next pointerdown, stops when `text` appears. */
async function armTapTimer(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const w = window as unknown as { __tap?: Promise<number> };
    w.__tap = new Promise<number>((resolve) => {
      let start = 0;
      addEventListener('pointerdown', () => (start = performance.now()), {
        capture: true,
        once: true,
      });
      const check = () => {
        if (start && document.body.innerText.includes(wanted)) {
          // Resolve after the next frame: the text is painted, not only in the DOM.
          requestAnimationFrame(() => resolve(performance.now() - start));
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, text);
}

const readTap = (page: Page) =>
  within(
    page.evaluate(() => (window as unknown as { __tap: Promise<number> }).__tap),
    30_000,
    'the tapped screen never showed « Exercice 1 sur »',
  );

async function tapToFirstExercise(browser: Browser, url: string, rate: number): Promise<number> {
  const { context, page } = await freshPage(browser, rate);
  try {
    await page.goto(url);
    await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).click();
    // A level-2 card names its level-1 parcours (« Après … »): the level-1 card comes first.
    const card = page.getByRole('button', { name: new RegExp(PARCOURS) }).first();
    await card.waitFor();
    await page.waitForTimeout(500); // Let the list's prefetch finish, as a reading person would.
    await armTapTimer(page, 'Exercice 1 sur');
    await card.click();
    return await readTap(page);
  } finally {
    await context.close();
  }
}

async function floorTap(browser: Browser, url: string, rate: number): Promise<number> {
  const { context, page } = await freshPage(browser, rate);
  try {
    await page.goto(`${url}empty.html`);
    await page.evaluate(() => {
      document.querySelector('button')?.addEventListener('click', () => {
        const p = document.createElement('p');
        p.textContent = 'Exercice 1 sur 1';
        document.body.append(p);
      });
    });
    await armTapTimer(page, 'Exercice 1 sur');
    await page.getByRole('button').click();
    return await readTap(page);
  } finally {
    await context.close();
  }
}

/**
 * The wipe that ends a citizen session, timed by the app as `kiosque:quit-wipe`: "Quitter"
 * and the idle expiry call the same `leave()` (end the exercise, unmount, clear every storage).
 * Timed through "Quitter" because Playwright's fake clock, needed to reach the idle expiry
 * quickly, also replaces the Performance API the measure is read from.
 */
async function sessionWipe(browser: Browser, url: string): Promise<number | null> {
  const { context, page } = await freshPage(browser, 1);
  try {
    await page.goto(url);
    await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).click();
    await page
      .getByRole('button', { name: new RegExp(PARCOURS) })
      .first()
      .click();
    await page.getByText('Exercice 1 sur').waitFor();
    await page.evaluate(() => {
      localStorage.setItem('bench', 'x'.repeat(10_000));
      sessionStorage.setItem('bench', 'x'.repeat(10_000));
    });
    await page.getByRole('button', { name: 'Quitter', exact: true }).click();
    await page.getByRole('button', { name: 'Oui, quitter' }).click(); // « Quitter » asks first
    await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).waitFor();
    // The wipe ends with a reload of the home page, which can cut a read short: retried.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const read = await page
        .evaluate(async () => {
          for (let i = 0; i < 50; i += 1) {
            const entry = performance.getEntriesByName('kiosque:quit-wipe').at(-1);
            if (entry) return entry.duration;
            await new Promise((r) => setTimeout(r, 20));
          }
          return null;
        })
        .catch(() => undefined);
      if (read !== undefined) return read;
    }
    return null;
  } finally {
    await context.close();
  }
}

export async function benchCitizen(browser: Browser, app: BuiltApp) {
  const result: Record<string, unknown> = {};
  for (const rate of [1, 4]) {
    const app_: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      app_.push(await tapToFirstExercise(browser, app.url, rate));
      floor.push(await floorTap(browser, app.url, rate));
    }
    result[rate === 1 ? 'tapToFirstExercise' : 'tapToFirstExerciseCpu4x'] = {
      medianMs: round(median(app_)),
      floorMedianMs: round(median(floor)),
      ratioToFloor: round(median(app_) / median(floor), 2),
      budgetMs: rate === 1 ? 100 : 400,
      runs: RUNS,
    };
  }
  const wipes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const ms = await sessionWipe(browser, app.url);
    if (ms !== null) wipes.push(ms);
  }
  result.sessionWipe = wipes.length
    ? { medianMs: round(median(wipes)), budgetMs: 200, runs: wipes.length, of: RUNS }
    : { error: 'no kiosque:quit-wipe measure recorded' };
  result.onScreenKeyboard = await benchOsk(browser, app);
  return result;
}
