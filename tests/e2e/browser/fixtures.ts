import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { hashPin } from '../../../electron/shared/pin-hash';

/** The admin PIN of the test machine config (fictitious, for tests only). */
export const ADMIN_PIN = '482916';

let adminHash: Promise<string> | null = null;
const adminPinHash = () => (adminHash ??= hashPin(ADMIN_PIN));

export interface KioskOptions {
  /** Extra machine-config fields; `adminPinHash: null` gives a first-run kiosk. */
  config?: Record<string, unknown>;
  /** Serve no config.json at all (built-in defaults). */
  noConfig?: boolean;
}

/** Serves a machine config to the page, as IT would put it next to the browser kiosk. */
export async function serveConfig(page: Page, options: KioskOptions = {}): Promise<void> {
  await page.route('**/config.json', async (route) => {
    if (options.noConfig) return route.fulfill({ status: 404, body: '' });
    const config = {
      siteId: 'mairie-test',
      siteName: 'Mairie de Test',
      posteId: 'poste-1',
      adminPinHash: await adminPinHash(),
      ...options.config,
    };
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(config),
    });
  });
}

/** Opens the kiosk with a test config and waits for the attract screen. */
export async function openKiosk(page: Page, options: KioskOptions = {}): Promise<void> {
  await serveConfig(page, options);
  await page.goto('./');
}

/** Runs axe-core and fails on any serious or critical violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const summary = serious.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
}

/** Keeps a screenshot as a test artifact under tests/artifacts/screenshots. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

export const test = base;
export { expect };
