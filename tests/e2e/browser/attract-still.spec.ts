import type { Page } from '@playwright/test';
import {
  ATTRACT_HEADLINE,
  expect,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  openKiosk,
  test,
} from './fixtures';

const START = /Touchez l’écran pour commencer/;
const PARCOURS_LIST = 'Que voulez-vous apprendre ?';

/** Starts the kiosk once: its attract screen keeps its still for the next start. */
async function openWithStillKept(page: Page): Promise<void> {
  await openKiosk(page);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('kiosque:attract-still') !== null))
    .toBe(true);
}

/**
 * Starts the kiosk once (its attract screen keeps its still), then starts it again with React's
 * boot file held back: what shows meanwhile is the still alone. `release` lets the file through.
 */
async function restartOnTheStill(page: Page): Promise<{ release: () => void }> {
  await openWithStillKept(page);
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/boot-*.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE })).toBeVisible();
  return { release };
}

test.describe('attract screen at a restart (its still)', () => {
  test.use({ viewport: { width: 1366, height: 768 }, hasTouch: true });

  test('shows the welcome screen before the app’s code, and a tap then is not lost', async ({
    page,
  }) => {
    const { release } = await restartOnTheStill(page);
    const start = page.getByRole('button', { name: START });
    await expect(start).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'attract still');
    await keepScreenshot(page, 'attract-still');

    await start.tap();
    // The app is not there yet: the tap waits, the screen stays as it was.
    await page.waitForTimeout(500);
    await expect(page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { name: PARCOURS_LIST })).toBeVisible();
  });

  test('the page paints the still itself: with no script file yet, it shows and a tap waits', async ({
    page,
  }) => {
    await openWithStillKept(page);
    // Every script file held back, the entry module included: only index.html's own script runs.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    await page.route('**/assets/*.js', async (route) => {
      held.push(route.request().url());
      await released;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    const start = page.getByRole('button', { name: START });
    await expect(start).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE })).toBeVisible();
    // The painter asks for the entry module itself, once the still is on screen.
    await expect.poll(() => held.some((url) => /\/assets\/index-[^/]+\.js$/.test(url))).toBe(true);
    await start.tap();
    await page.waitForTimeout(300);
    await expect(page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { name: PARCOURS_LIST })).toBeVisible();
  });

  test('no frame is drawn before the still: not even while a long page is still parsed', async ({
    page,
  }) => {
    await openWithStillKept(page);
    // Inert markup before the root makes the parser stop and resume, with rendering chances in
    // between; the page tells the browser not to draw before its end (renderer/index.html).
    await page.route(/\/(index\.html)?$/, async (route) => {
      const response = await route.fetch();
      const filler = `<template>${'<p>à lire plus tard</p>'.repeat(40_000)}</template>`;
      const body = (await response.text()).replace('<div id="root">', `${filler}<div id="root">`);
      await route.fulfill({ response, body });
    });
    // What each of the first frames shows: the welcome button, or nothing yet.
    await page.addInitScript(() => {
      const seen: boolean[] = [];
      Object.assign(window, { framesSeen: seen });
      const look = () => {
        seen.push(
          [...document.querySelectorAll('button')].some((b) => b.textContent?.includes('Touchez')),
        );
        if (seen.length < 5) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.reload();
    await expect(page.getByRole('button', { name: START })).toBeVisible();
    const seen = await page.evaluate(
      () => (window as unknown as { framesSeen: boolean[] }).framesSeen,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).not.toContain(false);
  });

  test('a language chosen on the still is the language the app shows', async ({ page }) => {
    const { release } = await restartOnTheStill(page);
    await page.getByRole('button', { name: 'English' }).tap();
    release();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Practise everyday digital skills' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('by keyboard: the focus stays where it was and the staff shortcut still opens the agent area', async ({
    page,
  }) => {
    const { release } = await restartOnTheStill(page);
    const english = page.getByRole('button', { name: 'English' });
    // Tab until the focus reaches « English » on the still (native focus, no app code yet).
    for (let i = 0; i < 10 && !(await english.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(english).toBeFocused();
    await page.keyboard.press('Control+Shift+A');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Espace agent' })).toBeVisible();
  });

  test('by keyboard alone, Enter on the still’s focused button starts once the app is there', async ({
    page,
  }) => {
    const { release } = await restartOnTheStill(page);
    const start = page.getByRole('button', { name: START });
    for (let i = 0; i < 15 && !(await start.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(start).toBeFocused();
    release();
    // The app's screen took over (the mark the benchmark reads), the focus on the same button.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('kiosque:attract-live').length))
      .toBe(1);
    await expect(start).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: PARCOURS_LIST })).toBeVisible();
  });

  test('by mouse: a press held on the logo from the still opens the agent area', async ({
    page,
  }) => {
    const { release } = await restartOnTheStill(page);
    const logo = await page.locator('[data-own-gesture]').boundingBox();
    if (!logo) throw new Error('no logo on the still');
    await page.mouse.move(logo.x + logo.width / 2, logo.y + logo.height / 2);
    await page.mouse.down();
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Espace agent' })).toBeVisible({
      timeout: 10_000,
    });
    await page.mouse.up();
  });

  test('the app’s code downloads after the still is on screen, not beside its first paint', async ({
    page,
  }) => {
    await openWithStillKept(page);
    const bootRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/boot-[^/]+\.js$/.test(request.url())) bootRequests.push(request.url());
    });
    await page.reload({ waitUntil: 'commit' });
    await expect(page.getByRole('button', { name: START })).toBeVisible();
    expect(bootRequests).toEqual([]);
    // Then, with nobody touching the screen, it comes by itself and React takes over.
    await expect.poll(() => bootRequests.length, { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('kiosque:attract-live').length))
      .toBe(1);
  });

  test('the app takes over by itself when nobody touches the still', async ({ page }) => {
    await openWithStillKept(page);
    await page.reload();
    await expect
      .poll(
        () => page.evaluate(() => performance.getEntriesByName('kiosque:attract-live').length),
        {
          timeout: 10_000,
        },
      )
      .toBe(1);
    await page.getByRole('button', { name: START }).tap();
    await expect(page.getByRole('heading', { name: PARCOURS_LIST })).toBeVisible();
  });
});
