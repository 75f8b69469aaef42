import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { openParcoursList, skipTo, startParcours } from './citizen-helpers';

/** The three parcours holding the simulators' exercises, by language. */
export const PARCOURS = {
  mail: { fr: 'J’utilise ma messagerie', en: 'I use my e-mail' },
  scams: { fr: 'Je me protège des arnaques', en: 'I protect myself from scams' },
  online: { fr: 'Je fais une démarche en ligne', en: 'I do a procedure online' },
} as const;

/**
 * Through the real flow: attract screen → (language) → parcours → skip to the exercise titled
 * `title` (in the chosen language).
 */
export async function openExercise(
  page: Page,
  parcours: keyof typeof PARCOURS,
  title: string,
  lang: 'fr' | 'en' = 'fr',
): Promise<void> {
  await openParcoursList(page, { lang });
  await startParcours(page, new RegExp(PARCOURS[parcours][lang]));
  await skipTo(page, title);
}

/** The "right" panel is up and its "Continuer" button has the focus (keyboard paths). */
export async function expectSuccessFocused(page: Page): Promise<void> {
  await expect(page.getByText(/Bravo, c’est réussi !|Well done, you did it!/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Continuer|Continue)$/ })).toBeFocused();
}

/** A wrong answer shows the feedback written for it; "Réessayer" returns to the exercise. */
export async function expectFeedbackThenRetry(
  page: Page,
  feedback: string | RegExp,
): Promise<void> {
  await expect(page.getByText(feedback)).toBeVisible();
  await page.getByRole('button', { name: /^(Réessayer|Try again)$/ }).click();
}
