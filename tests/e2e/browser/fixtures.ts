import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** The admin PIN of the test kiosk (fictitious, for tests only). */
export const ADMIN_PIN = '482916';

export interface KioskOptions {
  /** Extra machine-config fields. */
  config?: Record<string, unknown>;
  /** Serve no config.json at all (built-in defaults). */
  noConfig?: boolean;
  /** Answer config.json with exactly this (the kiosk server's refusals, a broken file…). */
  configResponse?: { status: number; body: string; contentType?: string };
  /**
   * Leave the first-run screen for the test. Otherwise `openKiosk` chooses ADMIN_PIN there, as
   * IT does once on a new browser kiosk (the browser never uses a hash from the config).
   */
  firstRun?: boolean;
}

/** Serves a machine config to the page, as IT would put it next to the browser kiosk. */
export async function serveConfig(page: Page, options: KioskOptions = {}): Promise<void> {
  await page.route('**/config.json', async (route) => {
    if (options.noConfig) return route.fulfill({ status: 404, body: '' });
    if (options.configResponse)
      return route.fulfill({
        status: options.configResponse.status,
        contentType: options.configResponse.contentType ?? 'application/json',
        body: options.configResponse.body,
      });
    const config = {
      siteId: 'mairie-test',
      siteName: 'Mairie de Test',
      posteId: 'poste-1',
      ...options.config,
    };
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(config),
    });
  });
}

/** Opens the kiosk with a test config and, unless `firstRun`, sets the admin PIN. */
export async function openKiosk(page: Page, options: KioskOptions = {}): Promise<void> {
  await serveConfig(page, options);
  await page.goto('./');
  if (!options.firstRun) await chooseAdminPinAtFirstRun(page);
}

/** The first-run screen, as IT goes through it: the code twice, then the attract screen. */
export async function chooseAdminPinAtFirstRun(page: Page, pin = ADMIN_PIN): Promise<void> {
  await page.getByLabel(/Choisissez le code administrateur/).fill(pin);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByLabel('Confirmez le code administrateur').fill(pin);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE })).toBeVisible({
    timeout: 20_000,
  });
}

export const ATTRACT_HEADLINE = 'Entraînez-vous aux gestes du numérique';

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

/**
 * Every browser test also checks that nothing typed could be remembered: each `input` event
 * on a field without `autocomplete="off"` is reported to the test (through a binding, so a
 * reload by the wipe loses nothing) and fails it at the end. The kiosk sets the attribute on
 * every field (renderer/lib/noFormMemory.ts); a field it missed would be found here.
 */
export const test = base.extend<{ noFieldRemembered: void }>({
  noFieldRemembered: [
    async ({ context }, use) => {
      const remembered: string[] = [];
      await context.exposeBinding('__kiosqueFieldTypedIn', (_source, field: string) => {
        remembered.push(field);
      });
      await context.addInitScript(() => {
        document.addEventListener(
          'input',
          (event) => {
            const field = event.target;
            if (!(field instanceof HTMLElement) || !field.matches('input, textarea, select'))
              return;
            if (field.getAttribute('autocomplete') === 'off') return;
            const name = field.getAttribute('aria-label') ?? field.getAttribute('name') ?? field.id;
            const report = (window as unknown as { __kiosqueFieldTypedIn?: (f: string) => void })
              .__kiosqueFieldTypedIn;
            report?.(`${field.tagName.toLowerCase()} « ${name} » on ${location.pathname}`);
          },
          true,
        );
      });
      await use();
      expect(remembered, 'fields typed in without autocomplete="off"').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
