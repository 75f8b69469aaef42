/**
 * Issue 2's figures: initial JS/CSS size, and time to an interactive attract screen next to
 * the floor (an empty page with one button, same server, same browser), plain and with the
 * CPU throttled 4×. Runs are interleaved so machine noise hits both sides alike.
 * A third page shows what no script can beat: the attract screen's own markup and styles as
 * a still page (no script at all), so the app's figure reads against its real ceiling.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import {
  freshPage,
  initialAssetSizes,
  median,
  round,
  timeToButton,
  type BuiltApp,
} from './harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const START = 'Touchez l’écran pour commencer';
const STILL_PAGE = 'attract-still.html';

/** Writes the attract screen as the app renders it, without its scripts, next to index.html. */
async function writeStillPage(browser: Browser, app: BuiltApp): Promise<void> {
  const { context, page } = await freshPage(browser, 1);
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: START }).waitFor();
    const screen = await page.locator('#root').innerHTML();
    const html = readFileSync(path.join(app.dir, 'index.html'), 'utf8')
      .replace(/<script\b[^>]*><\/script>/g, '')
      .replace(/<link rel="modulepreload"[^>]*>/g, '')
      .replace('<div id="root"></div>', `<div id="root">${screen}</div>`);
    if (!html.includes(START)) throw new Error('the still attract page lacks its button');
    writeFileSync(path.join(app.dir, STILL_PAGE), html);
  } finally {
    await context.close();
  }
}

async function sample(browser: Browser, url: string, rate: number): Promise<number> {
  const { context, page } = await freshPage(browser, rate);
  try {
    return await timeToButton(page, url, START);
  } finally {
    await context.close();
  }
}

export async function benchAttract(browser: Browser, app: BuiltApp) {
  const sizes = initialAssetSizes(app.dir);
  const result: Record<string, unknown> = {
    initialJsGzipKb: round(sizes.js / 1024),
    initialCssGzipKb: round(sizes.css / 1024),
    initialJsBudgetKb: 100,
    attractRatioBudget: 1.5,
  };
  await writeStillPage(browser, app);
  for (const rate of [1, 4]) {
    const app_: number[] = [];
    const floor: number[] = [];
    const still: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      app_.push(await sample(browser, app.url, rate));
      floor.push(await sample(browser, `${app.url}empty.html`, rate));
      still.push(await sample(browser, `${app.url}${STILL_PAGE}`, rate));
    }
    const key = rate === 1 ? 'attractInteractive' : 'attractInteractiveCpu4x';
    result[key] = {
      medianMs: round(median(app_)),
      floorMedianMs: round(median(floor)),
      ratioToFloor: round(median(app_) / median(floor), 2),
      // The same screen with no script: the least any boot could take.
      stillPageMedianMs: round(median(still)),
      stillPageRatioToFloor: round(median(still) / median(floor), 2),
      runs: RUNS,
    };
  }
  return result;
}
