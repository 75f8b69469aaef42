import { test, expect, keepScreenshot } from './fixtures';
import { continueAfterSuccess } from './citizen-helpers';
import { expectFeedbackThenRetry, expectSuccessFocused, openExercise } from './sims-helpers';

const PASSPHRASE = 'Créer une phrase de passe solide';
const PADLOCK = 'Le cadenas et le «\u00a0.gouv.fr\u00a0»';
const FIELD = 'Votre phrase de passe (inventée pour l’exercice)';

test.describe('password builder', () => {
  test('by mouse: a weak password is explained, show/hide, then a strong passphrase', async ({
    page,
  }) => {
    await openExercise(page, 'scams', PASSPHRASE);
    const field = page.getByLabel(FIELD);
    await field.click();
    await page.keyboard.type('soleil2026');
    await expect(page.getByRole('meter', { name: 'Solidité du mot de passe' })).toHaveAttribute(
      'aria-valuetext',
      /faible/,
    );
    await page.getByRole('button', { name: 'Valider ce mot de passe' }).click();
    await expectFeedbackThenRetry(page, /Trop court/);
    // The example on screen, copied, is not a strong password.
    await field.fill('Velo-Orange-Pluie-7');
    await expect(page.getByRole('meter')).toHaveAttribute('aria-valuetext', 'faible');
    await field.fill('Tortue-Lampe-Soupe-42');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect(field).toHaveAttribute('type', 'text');
    await expect(page.getByRole('meter')).toHaveAttribute('aria-valuetext', /forte/);
    await keepScreenshot(page, 'sims-password-builder');
    await page.getByRole('button', { name: 'Valider ce mot de passe' }).click();
    await continueAfterSuccess(page);
  });

  test('by keyboard, with the Caps Lock warning', async ({ page }) => {
    await openExercise(page, 'scams', PASSPHRASE);
    const field = page.getByLabel(FIELD);
    await field.focus();
    // Headless Chromium cannot lock Caps Lock: send the key event the OS would, with the lock on.
    await field.dispatchEvent('keydown', { key: 'V', code: 'KeyV', modifierCapsLock: true });
    await expect(page.getByText(/la touche Verr\. Maj\. est activée/)).toBeVisible();
    await keepScreenshot(page, 'sims-password-capslock');
    await page.keyboard.type('Tortue-Lampe-Soupe-42');
    await expect(page.getByText(/la touche Verr\. Maj\. est activée/)).toBeHidden();
    await page.keyboard.press('Enter');
    await expectSuccessFocused(page);
  });
});

test.describe('secure-site recognition', () => {
  test('by mouse: a look-alike gives its feedback, then three cards', async ({ page }) => {
    await openExercise(page, 'scams', PADLOCK);
    const siteA = page.getByRole('region', { name: 'Navigateur (simulation) : site A' });
    await expect(siteA.getByText('impots-gouv.fr-paiement.com')).toBeVisible();
    await expect(siteA.getByText('Non sécurisé')).toBeVisible();
    await keepScreenshot(page, 'sims-secure-site');
    await page.getByRole('button', { name: 'C’est le vrai site : A' }).click();
    await expectFeedbackThenRetry(page, /son nom finit par «\sfr-paiement\.com/);
    await page.getByRole('button', { name: 'C’est le vrai site : B' }).click();
    await expect(page.getByRole('heading', { name: /Carte 2 sur 3/ })).toBeVisible();
    await page.getByRole('button', { name: 'C’est le vrai site : A' }).click();
    await expect(page.getByRole('heading', { name: /Carte 3 sur 3/ })).toBeVisible();
    await page.getByRole('button', { name: 'C’est le vrai site : B' }).click();
    await continueAfterSuccess(page);
  });

  test('by keyboard', async ({ page }) => {
    await openExercise(page, 'scams', PADLOCK);
    await page.getByRole('button', { name: 'C’est le vrai site : B' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Carte 2 sur 3/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'C’est le vrai site : A' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'C’est le vrai site : B' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectSuccessFocused(page);
  });
});
