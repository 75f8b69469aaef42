/**
 * Issue 2's figures: initial JS/CSS size, and time to an interactive attract screen next to
 * the floor (an empty page with one button, same server, same browser), plain and with the
 * CPU throttled 4×. Runs are interleaved so machine noise hits both sides alike.
 */
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

async function sample(browser: Browser, url: string, rate: number): Promise<number> {
  const { context, page } = await freshPage(browser, rate);
  try {
    return await timeToButton(page, url, 'Touchez l’écran pour commencer');
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
  for (const rate of [1, 4]) {
    const app_: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      app_.push(await sample(browser, app.url, rate));
      floor.push(await sample(browser, `${app.url}empty.html`, rate));
    }
    const key = rate === 1 ? 'attractInteractive' : 'attractInteractiveCpu4x';
    result[key] = {
      medianMs: round(median(app_)),
      floorMedianMs: round(median(floor)),
      ratioToFloor: round(median(app_) / median(floor), 2),
      runs: RUNS,
    };
  }
  return result;
}
