import { defineConfig } from '@playwright/test';

/**
 * Electron e2e: the built app (dist-electron/main.cjs + dist/renderer) launched with Playwright's
 * `_electron`. Where the Electron binary is missing or cannot start, every test reports itself
 * skipped with the reason (see tests/e2e/electron/electron-app.ts), never passed.
 */
export default defineConfig({
  testDir: './e2e/electron',
  outputDir: './artifacts/electron-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]]
    : [['list']],
});
