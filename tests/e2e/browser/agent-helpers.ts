/** Page steps shared by the agent-area specs, written with user-facing locators only. */
import type { Page } from '@playwright/test';
import { ADMIN_PIN, expect } from './fixtures';

export const MENU = 'Menu de l’espace agent';

export const AGENT = { code: 'ag-07', name: 'Camille', pin: '739154' } as const;

/** From the attract screen to the sign-in tiles. */
export async function openSignIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Espace agent' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Espace agent' })).toBeVisible();
}

export async function signInAsAdmin(page: Page): Promise<void> {
  await openSignIn(page);
  await page.getByRole('button', { name: 'Administration' }).click();
  await page.getByLabel('Code administrateur').fill(ADMIN_PIN);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('navigation', { name: MENU })).toBeVisible({ timeout: 20_000 });
}

export async function openSection(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: MENU })
    .getByRole('button', { name: title, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The admin adds an agent through the "Agents" screen. */
export async function addAgent(
  page: Page,
  agent: { code: string; name: string; pin: string } = AGENT,
): Promise<void> {
  await openSection(page, 'Agents');
  await page.getByLabel('Code agent (ex. ag-07)').fill(agent.code);
  await page.getByLabel('Nom affiché sur ce poste').fill(agent.name);
  await page.getByLabel('Code PIN initial (6 à 12 chiffres)').fill(agent.pin);
  await page.getByRole('button', { name: 'Ajouter l’agent' }).click();
  await expect(page.getByRole('status')).toContainText(`Agent « ${agent.name} » ajouté.`, {
    timeout: 20_000,
  });
}

export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
  ).toBeVisible();
}

/** Signs an agent in by touch on the on-screen pad. */
export async function signInAsAgent(
  page: Page,
  agent: { name: string; pin: string } = AGENT,
): Promise<void> {
  await openSignIn(page);
  await page.getByRole('button', { name: agent.name }).click();
  for (const digit of agent.pin)
    await page.getByRole('button', { name: `Chiffre ${digit}`, exact: true }).click();
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByRole('navigation', { name: MENU })).toBeVisible({ timeout: 20_000 });
}

/** A fresh counter with one agent, signed in as that agent. */
export async function counterWithAgent(page: Page): Promise<void> {
  await signInAsAdmin(page);
  await addAgent(page);
  await lock(page);
  await signInAsAgent(page);
}
