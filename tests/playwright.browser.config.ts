import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium';

/**
 * Browser e2e: the built renderer served by `vite preview` (or the dev server with E2E_DEV=1,
 * handy while writing tests), driven in Debian's Chromium. E2E_PORT lets several runs coexist.
 */
const port = Number(process.env.E2E_PORT ?? 4310);
const dev = process.env.E2E_DEV === '1';

export default defineConfig({
  testDir: './e2e/browser',
  outputDir: './artifacts/browser-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    viewport: { width: 1366, height: 768 },
    locale: 'fr-FR',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: dev
      ? `npx vite --port ${port} --strictPort`
      : `npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    cwd: '..',
  },
});
