import { test, expect, keepScreenshot } from './fixtures';
import { continueAfterSuccess, openParcoursList, skipTo, startParcours } from './citizen-helpers';

const KEYBOARD = /Je découvre le clavier/;

test.describe('parcours « Je découvre le clavier »', () => {
  test('key press: with the physical keyboard, a wrong key first', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, KEYBOARD);
    // The exercise opens with focus on its title, and the keys count at once.
    const title = page.getByRole('heading', { level: 1, name: 'Les touches importantes' });
    await expect(title).toBeFocused();
    await expect(page.getByText('Appuyez sur la touche Entrée')).toBeVisible();
    // The drawing shows what the hints name: the digits row (0 on the à key, with @) and Alt Gr.
    const drawing = page.locator('.ia-keyboard');
    await expect(drawing.getByText('Alt Gr', { exact: true })).toBeVisible();
    await expect(drawing.locator('.ia-keyboard__key', { hasText: 'à' })).toContainText('0');
    await expect(drawing.locator('.ia-keyboard__key', { hasText: 'à' })).toContainText('@');
    await keepScreenshot(page, 'citizen-key-press');
    await page.keyboard.press('a');
    await expect(page.getByText('Ce n’est pas cette touche.', { exact: false })).toBeVisible();
    await page.keyboard.press('Enter'); // "Réessayer" has focus, and focus goes back to the title.
    await expect(title).toBeFocused();
    for (const [key, next] of [
      ['Enter', 'Espace'],
      ['Space', 'Effacer (retour arrière)'],
      ['Backspace', 'Majuscule'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page.getByText(`Appuyez sur la touche ${next}`)).toBeVisible();
    }
    await page.keyboard.press('Shift');
    await continueAfterSuccess(page);
  });

  test('key press: by tapping the drawn keys (mouse or touch, no keyboard)', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, KEYBOARD);
    // The drawing is decorative for assistive technologies; the highlighted key is the one to tap.
    const highlighted = page.locator('[data-target]').first();
    for (const next of ['Espace', 'Effacer (retour arrière)', 'Majuscule']) {
      await highlighted.click();
      await expect(page.getByText(`Appuyez sur la touche ${next}`)).toBeVisible();
    }
    await highlighted.click();
    await continueAfterSuccess(page);
  });

  test('typing exact: a missing capital gets its own feedback, then the hint', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, KEYBOARD);
    await skipTo(page, 'Taper un premier mot');
    await expect(page.getByRole('button', { name: 'Indice' })).toHaveCount(0);
    const field = page.getByLabel('Votre mot');
    await field.click();
    await page.keyboard.type('bonjour');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(
      page.getByText('Dans « Bonjour », le « b » doit être une majuscule : « B ».'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('button', { name: 'Indice' }).click();
    await expect(page.getByRole('complementary', { name: 'Indice' })).toContainText(
      'gardez le doigt sur la touche Majuscule',
    );
    await keepScreenshot(page, 'citizen-typing-feedback-hint');
    await field.fill('Bonjour');
    await page.getByRole('button', { name: 'Valider' }).click();
    await continueAfterSuccess(page);
  });

  test('typing with accents: by keyboard only', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, KEYBOARD);
    await skipTo(page, 'Écrire une adresse avec accents et majuscules');
    await page.getByLabel('Nom et adresse').focus();
    await page.keyboard.type("Élodie Lefèvre, 3 rue de l'Église");
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Continuer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Taper une adresse e-mail' }),
    ).toBeVisible();
  });

  test('typing an e-mail address (T1): capitals accepted, a missing @ explained', async ({
    page,
  }) => {
    await openParcoursList(page);
    await startParcours(page, KEYBOARD);
    await skipTo(page, 'Taper une adresse e-mail');
    const field = page.getByLabel('Adresse e-mail');
    await field.fill('elodie.lefevreexemple.fr');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByText('Il manque l’arobase @.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await field.fill('  Elodie.Lefevre@Exemple.fr ');
    await keepScreenshot(page, 'citizen-typing');
    await page.getByRole('button', { name: 'Valider' }).click();
    await continueAfterSuccess(page);
  });

  test('single choice: by mouse then by keyboard, feedback per answer', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, KEYBOARD);
    await skipTo(page, 'Les parties d’une adresse e-mail');
    await page.getByRole('button', { name: 'Le mot de passe' }).click();
    await expect(
      page.getByText('Un mot de passe ne fait pas partie d’une adresse e-mail', { exact: false }),
    ).toBeVisible();
    await keepScreenshot(page, 'citizen-choice-single');
    await page.keyboard.press('Enter'); // Réessayer
    await page.getByRole('button', { name: 'Le nom du service de messagerie' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByText('Après le @ vient toujours le service qui gère la boîte mail', {
        exact: false,
      }),
    ).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(
      // The exercises before were skipped: « Bravo » is for the one done, not the parcours.
      page.getByRole('heading', { level: 1, name: 'Bravo pour l’exercice réussi !' }),
    ).toBeVisible();
  });
});
