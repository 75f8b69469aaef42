/**
 * The real browser kiosk launcher (`npm start -- --browser --no-build`), as IT's service runs
 * it, in a fresh home: its Chromium runs headless through a wrapper given as CHROME_PATH (the
 * launcher's own way to pick a browser) that adds a DevTools port, and Playwright drives the
 * launcher's own window over that port. Shared by the launcher and hub specs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../chromium';
import { expect } from './fixtures';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** Writes `dir/chromium-headless.sh`; `before` is shell run first (e.g. to note the arguments). */
export function writeChromiumWrapper(dir: string, cdpPort: number, before = ''): string {
  const wrapper = path.join(dir, 'chromium-headless.sh');
  writeFileSync(
    wrapper,
    `#!/bin/sh\n${before}exec "${findChromium()}" --headless=new --disable-gpu --remote-debugging-port=${cdpPort} "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

export interface RunningLauncher {
  child: ChildProcess;
  browser: Browser;
  /** The kiosk's page, once at the kiosk's home address, at 1366×768. */
  page: Page;
  /** What the launcher printed so far. */
  output(): string;
}

export async function startRealLauncher(options: {
  dir: string;
  kioskPort: number;
  cdpPort: number;
}): Promise<RunningLauncher> {
  const { dir, kioskPort, cdpPort } = options;
  const home = `http://127.0.0.1:${kioskPort}/`;
  let output = '';
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/start.ts', '--browser', '--no-build', '--port', `${kioskPort}`],
    {
      cwd: root,
      env: {
        ...process.env,
        HOME: path.join(dir, 'home'),
        XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
        KIOSQUE_CONFIG: path.join(dir, 'config.json'),
        CHROME_PATH: path.join(dir, 'chromium-headless.sh'),
        // The launcher opens Chromium only where there is a display; the wrapper runs headless.
        DISPLAY: process.env.DISPLAY ?? ':0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (c) => (output += String(c)));
  child.stderr?.on('data', (c) => (output += String(c)));
  await expect
    .poll(
      async () =>
        fetch(`http://127.0.0.1:${cdpPort}/json/version`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 60_000, message: 'the launcher’s Chromium answers on its DevTools port' },
    )
    .toBe(true);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('the launcher’s Chromium has no window');
  await expect.poll(() => context.pages().some((p) => p.url() === home)).toBe(true);
  const page = context.pages().find((p) => p.url() === home);
  if (!page) throw new Error('no kiosk page');
  await page.setViewportSize({ width: 1366, height: 768 });
  return { child, browser, page, output: () => output };
}

/** SIGTERM, as `systemctl stop` sends it: Chromium closes cleanly, the launcher exits. */
export async function stopRealLauncher(child: ChildProcess | null): Promise<number | null> {
  if (!child || child.exitCode !== null) return child?.exitCode ?? null;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}
