/**
 * The kiosk in real Electron: fullscreen lockdown window, no way out through window.open,
 * navigation, devtools or zoom, and a single instance. Skipped with the reason where Electron
 * cannot start (no binary here: it cannot be downloaded).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchKiosk, ROOT, type KioskLaunch } from './electron-app';

test.describe.configure({ mode: 'serial' });

let kiosk: KioskLaunch | null = null;
let page: Page;

test.beforeAll(async () => {
  const launched = await launchKiosk();
  if ('skip' in launched) {
    // Printed too, so a plain `npx playwright test` run shows why nothing ran.
    console.warn(`Electron e2e skipped: ${launched.skip}`);
    test.skip(true, launched.skip);
    return;
  }
  kiosk = launched;
  page = await kiosk.app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  // The window refuses to close in lockdown: end the test process itself.
  if (kiosk) kiosk.app.process().kill();
});

const running = (): KioskLaunch => {
  if (!kiosk) throw new Error('kiosk not started');
  return kiosk;
};

test('opens one fullscreen kiosk window on the attract screen', async () => {
  const { app } = running();
  await expect(page.getByText('Touchez l’écran pour commencer')).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/kiosque\//);
  const state = await app.evaluate(({ BrowserWindow }) => {
    const [win] = BrowserWindow.getAllWindows();
    return win
      ? {
          count: BrowserWindow.getAllWindows().length,
          kiosk: win.isKiosk(),
          fullScreen: win.isFullScreen(),
          closable: win.isClosable(),
          minimizable: win.isMinimizable(),
        }
      : null;
  });
  expect(state).toEqual({
    count: 1,
    kiosk: true,
    fullScreen: true,
    closable: false,
    minimizable: false,
  });
  const dir = path.join(ROOT, 'tests', 'artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, 'electron-attract.png') });
});

test('window.open opens nothing', async () => {
  const { app } = running();
  const opened = await page.evaluate(
    () =>
      window.open('https://example.org/') === null &&
      window.open('app://kiosque/index.html') === null,
  );
  expect(opened).toBe(true);
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
});

test('navigation to another origin is blocked', async () => {
  for (const target of [
    'https://example.org/',
    'file:///etc/passwd',
    'data:text/html,<h1>x</h1>',
  ]) {
    await page.evaluate((url) => {
      window.location.href = url;
    }, target);
    await page.waitForTimeout(500);
    expect(page.url(), target).toMatch(/^app:\/\/kiosque\//);
  }
  await expect(page.getByText('Touchez l’écran pour commencer')).toBeVisible();
});

test('devtools do not open', async () => {
  const { app } = running();
  await page.keyboard.press('F12');
  await page.keyboard.press('Control+Shift+I');
  const opened = await app.evaluate(async ({ BrowserWindow }) => {
    const [win] = BrowserWindow.getAllWindows();
    win?.webContents.openDevTools();
    await new Promise((r) => setTimeout(r, 500));
    return win?.webContents.isDevToolsOpened() ?? true;
  });
  expect(opened).toBe(false);
});

test('zoom stays at 100 %', async () => {
  const { app } = running();
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Shift+Equal');
  await page.keyboard.down('Control');
  await page.mouse.move(400, 300);
  await page.mouse.wheel(0, -500);
  await page.keyboard.up('Control');
  await page.waitForTimeout(300);
  const zoom = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.webContents.getZoomFactor(),
  );
  expect(zoom).toBe(1);
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
});

test('a second launch opens no second window', async () => {
  const { app, env, executable } = running();
  const second = spawn(executable, [ROOT], { env, stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      second.kill();
      resolve(null);
    }, 20_000);
    second.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code, 'the second instance quits by itself').toBe(0);
  expect(app.windows()).toHaveLength(1);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
