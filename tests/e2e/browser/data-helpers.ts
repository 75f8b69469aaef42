/** Steps shared by the data specs (statistics, exports, import, backups), user-facing locators only. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect } from './fixtures';

export const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'bundles');
export const fixturePath = (name: string): string => path.join(FIXTURES, name);
export const FIXTURE_PERIOD = { from: '2026-01-01', to: '2026-03-31' } as const;

/** Imports a bundle file through the Exports section's file input (admin signed in). */
export async function importBundle(page: Page, file: string): Promise<void> {
  await page.getByLabel('Fichier d’export d’un autre poste (JSON)').setInputFiles(file);
}

/** Chooses "Dates au choix" and types the dates, in the first period picker on screen. */
export async function chooseDates(page: Page, from: string, to: string): Promise<void> {
  const picker = page.getByRole('group', { name: 'Période' }).first();
  await picker.getByRole('button', { name: 'Dates au choix' }).click();
  await picker.getByLabel('Du', { exact: true }).fill(from);
  await picker.getByLabel('Au', { exact: true }).fill(to);
}

/** Clicks an export button and returns the download's bytes. */
export async function downloadOf(
  page: Page,
  button: string,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const file = await download.path();
  return { download, bytes: readFileSync(file) };
}

/** The key figures as shown (label → value), to compare two screens. */
export async function keyFigures(page: Page): Promise<Record<string, string>> {
  const region = page.getByRole('region', { name: 'Chiffres clés' });
  await expect(region).toBeVisible();
  const terms = await region.locator('dt').allInnerTexts();
  const values = await region.locator('dd').allInnerTexts();
  return Object.fromEntries(terms.map((term, i) => [term, values[i] ?? '']));
}

/** The text of a statistics table found by its caption. */
export async function tableText(page: Page, caption: string): Promise<string> {
  return page.getByRole('table', { name: caption }).innerText();
}
