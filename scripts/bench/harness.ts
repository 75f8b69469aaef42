/**
 * Shared pieces of `npm run bench`: a production build in a private folder (never `dist/`),
 * served by `vite preview`, an empty page served the same way as the floor, Chromium with an
 * optional CPU throttle, and medians.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';
import { hashPin } from '../../electron/shared/pin-hash';
import { STILL_KEY } from '../../renderer/app/stillFormat';

export const root = path.resolve(import.meta.dirname, '..', '..');

export { median, quantile, round } from './stats';

/**
 * An in-page timer that never stops means an event was lost (a tap that typed nothing, a
 * screen that never came): the run fails with what was missing instead of waiting forever
 * (`page.evaluate` has no timeout of its own).
 */
export async function within<T>(promise: Promise<T>, ms: number, missing: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${missing} (waited ${ms} ms)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls an expression in the page (the app's CSP forbids the eval behind waitForFunction). */
export async function waitUntil(page: Page, expression: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(`!!(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A benchmark-only PIN: the config needs a hash so the first-run screen does not show. */
export const BENCH_ADMIN_PIN = '582047';

export interface BuiltApp {
  dir: string;
  server: PreviewServer;
  url: string;
}

/** Builds the renderer into a temp folder, adds the floor page and a config, serves it. */
export async function buildAndServe(): Promise<BuiltApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosque-bench-'));
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    // The manifest tells initialAssetSizes which files make React's boot.
    build: { outDir: dir, emptyOutDir: true, manifest: true },
  });
  // The floor: the smallest page that shows one button, served by the same server.
  writeFileSync(
    path.join(dir, 'empty.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>vide</title></head>' +
      '<body><button type="button">Touchez l’écran pour commencer</button></body></html>',
  );
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({
      siteId: 'bench',
      siteName: 'Banc d’essai',
      adminPinHash: await hashPin(BENCH_ADMIN_PIN),
    }),
  );
  const server = await preview({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { dir, server, url: `http://127.0.0.1:${port}/` };
}

interface ManifestChunk {
  file: string;
  name?: string;
  imports?: string[];
  css?: string[];
}

/**
 * Gzipped bytes of what a first start needs to draw the attract screen: the script written into
 * index.html (the still's painter), the entry script, its style sheet and the chunks it imports
 * statically, and React's boot chunk with the chunks it imports (the entry imports it; after a
 * still, a moment later). Read from the build's manifest and index.html.
 */
export function initialAssetSizes(dir: string): { js: number; css: number } {
  const manifest = JSON.parse(
    readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const entry = manifest['index.html'];
  const boot = Object.entries(manifest).find(([, chunk]) => chunk.name === 'boot');
  if (!entry || !boot) throw new Error('the build manifest lacks the entry or the boot chunk');
  const files = new Set([entry.file, ...(entry.css ?? [])]);
  const queue = [boot[0], ...(entry.imports ?? [])];
  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) continue;
    files.add(chunk.file);
    queue.push(...(chunk.imports ?? []));
  }
  const page = readFileSync(path.join(dir, 'index.html'), 'utf8');
  let js = 0;
  for (const [, code] of page.matchAll(/<script>([\s\S]*?)<\/script>/g))
    js += gzipSync(code ?? '', { level: 9 }).length;
  let css = 0;
  for (const file of files) {
    const bytes = gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;
    if (file.endsWith('.js')) js += bytes;
    if (file.endsWith('.css')) css += bytes;
  }
  return { js, css };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
/** The storage of a browser kiosk whose admin PIN IT chose at its first start. */
let installed: StorageState | undefined;

/**
 * Goes once through the first-run screen (the browser kiosk asks IT for the admin PIN and
 * never uses a config hash), lets the attract screen keep its still, and keeps that storage:
 * every page of the bench then starts as an installed kiosk does after its first citizen, on
 * the attract screen.
 */
export async function installKiosk(browser: Browser, app: BuiltApp): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByLabel(/Choisissez le code administrateur/).fill(BENCH_ADMIN_PIN);
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByLabel('Confirmez le code administrateur').fill(BENCH_ADMIN_PIN);
    await page.getByRole('button', { name: 'Valider' }).click();
    await page
      .getByRole('button', { name: /Touchez l’écran pour commencer/ })
      .waitFor({ timeout: 60_000 });
    await waitUntil(page, `localStorage.getItem(${JSON.stringify(STILL_KEY)})`);
    installed = await context.storageState({ indexedDB: true });
  } finally {
    await context.close();
  }
}

/** The installed storage less the attract screen's still: a kiosk's very first start. */
function withoutStill(state: StorageState): StorageState {
  return {
    ...state,
    origins: state.origins.map((origin) => ({
      ...origin,
      localStorage: origin.localStorage.filter((item) => item.name !== STILL_KEY),
    })),
  };
}

/**
 * A fresh context (empty cache, storage of an installed kiosk only, like a kiosk start) with
 * the CPU throttled `rate`×; `still: false` starts it without the attract screen's still.
 */
export async function freshPage(
  browser: Browser,
  rate: number,
  options: { hasTouch?: boolean; still?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const storage = installed && options.still === false ? withoutStill(installed) : installed;
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    hasTouch: options.hasTouch ?? false,
    ...(storage ? { storageState: storage } : {}),
  });
  // Outside the test runner Playwright waits for ever: a lost screen fails its section instead.
  context.setDefaultTimeout(60_000);
  // tsx compiles functions passed to page.evaluate with a `__name` helper the page lacks.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  return { context, page };
}

/** Name of the mark the page sets when the button watched by `usableButtonScript` is usable. */
export const USABLE_MARK = 'bench:button-usable';

/**
 * An init script that watches, once per frame, for a button whose text holds `name` and marks
 * (`USABLE_MARK`) the first frame where it is usable: enabled, visible, the topmost element at
 * its centre (so it receives a tap), and at the same place as in the frame before (stable).
 * Those are the checks of Playwright's actionability; made by the page itself, the time is that
 * of the frame. Timed from outside, `waitFor` retries after 0, 20, 50, 100, 100 then 500 ms, so
 * a time read after it falls on those steps (about 170, 270, 770 ms after navigation), not on
 * the page's own. The page then says so on its console, which the bench hears without asking:
 * a question (an `evaluate`) runs on the page's main thread, while it loads (docs/mesures.md).
 */
export function usableButtonScript(name: string): string {
  return `(() => {
    const name = ${JSON.stringify(name)};
    // The console as it is now: the app's code may wrap it later.
    const say = console.debug.bind(console);
    let last = null;
    const same = (a, b) => b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
    const frame = () => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => !b.disabled && (b.textContent || '').replace(/\\s+/g, ' ').includes(name),
      );
      const box = button ? button.getBoundingClientRect() : null;
      const shown = box && box.width > 0 && box.height > 0 && getComputedStyle(button).visibility === 'visible';
      const top = shown ? document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) : null;
      if (shown && top && button.contains(top) && same(box, last)) {
        performance.mark(${JSON.stringify(USABLE_MARK)});
        say(${JSON.stringify(USABLE_MARK)});
        return;
      }
      last = shown ? box : null;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })();`;
}

/**
 * Milliseconds from navigation start until the named button can be clicked, as the page saw
 * it (`usableButtonScript`); Playwright then checks that it is indeed actionable. Nothing is
 * asked of the page until it says the button is usable: polling it with `evaluate` every 20 ms
 * took 7 to 26 ms of its main thread each time with the CPU slowed 4×, in the middle of its
 * first frames, and more often the longer a page took (docs/mesures.md).
 */
export async function timeToButton(page: Page, url: string, name: string): Promise<number> {
  await page.addInitScript({ content: usableButtonScript(name) });
  const usable = page.waitForEvent('console', {
    predicate: (message) => message.text() === USABLE_MARK,
    timeout: 60_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  await usable;
  // Actionable: visible, stable, enabled, receives events (not timed: see above).
  await page.getByRole('button', { name }).click({ trial: true });
  const mark = `performance.getEntriesByName(${JSON.stringify(USABLE_MARK)})[0]`;
  return (await page.evaluate(`${mark}.startTime`)) as number;
}
