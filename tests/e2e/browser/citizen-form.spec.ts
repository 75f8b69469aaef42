import type { Page } from '@playwright/test';
import { test, expect, keepScreenshot } from './fixtures';
import { continueAfterSuccess, openParcoursList, skipTo, startParcours } from './citizen-helpers';

const FORM = /Je remplis un formulaire en ligne/;

async function fillIdentityByMouse(page: Page): Promise<void> {
  await page.getByLabel('Nom', { exact: true }).fill('Lefèvre');
  await page.getByLabel('Prénom').fill('Élodie');
  await page.getByLabel('Date de naissance').fill('12/03/1985');
  await page.getByLabel('Code postal').fill('34000');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
}

test.describe('parcours « Je remplis un formulaire en ligne »', () => {
  test('multiple choice: by mouse, a missed answer then a right set', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, FORM);
    await page.getByRole('checkbox', { name: 'Nom *' }).click();
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByText('Il manque une case obligatoire.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('checkbox', { name: 'Code postal *' }).click();
    await expect(page.getByRole('checkbox', { name: 'Code postal *' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await keepScreenshot(page, 'citizen-choice-multiple');
    await page.getByRole('button', { name: 'Valider' }).click();
    await continueAfterSuccess(page);
  });

  test('multiple choice: by keyboard, a wrong tick explained', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, FORM);
    for (const name of ['Nom *', 'Code postal *', 'Téléphone fixe']) {
      await page.getByRole('checkbox', { name }).focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'Valider' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByText('« Téléphone fixe » n’a pas d’étoile', { exact: false }),
    ).toBeVisible();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Téléphone fixe' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Valider' }).focus();
    await page.keyboard.press('Enter');
    await continueAfterSuccess(page);
  });

  test('A/B cards: by mouse, with a wrong pick', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, FORM);
    await skipTo(page, 'Le bon format');
    await keepScreenshot(page, 'citizen-ab-cards');
    await page.getByRole('button', { name: '12 mars 85' }).click();
    await expect(page.getByText('La date s’écrit en chiffres', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('button', { name: '12/03/1985' }).click();
    await expect(page.getByText('Carte 2 sur 4')).toBeVisible();
    await page.getByRole('button', { name: '34000' }).click();
    await page.getByRole('button', { name: 'elodie.lefevre@exemple.fr' }).click();
    await page.getByRole('button', { name: '06 12 34 56 78' }).click();
    await continueAfterSuccess(page);
  });

  test('A/B cards: by keyboard', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, FORM);
    await skipTo(page, 'Le bon format');
    for (const name of ['12/03/1985', '34000', 'elodie.lefevre@exemple.fr', '06 12 34 56 78']) {
      await page.getByRole('button', { name }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('button', { name: 'Continuer' })).toBeFocused();
  });

  test('form with live validation: by mouse', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, FORM);
    await skipTo(page, 'Remplir un formulaire d’identité');
    // Required boxes show the * the previous exercise teaches, and the form says what it means.
    await expect(
      page.getByText('Les cases marquées d’une étoile * sont obligatoires.'),
    ).toBeVisible();
    const star = await page
      .locator('label', { hasText: 'Code postal' })
      .evaluate((label) => getComputedStyle(label, '::after').content);
    expect(star).toContain('*');
    const postcode = page.getByLabel('Code postal');
    await expect(postcode).toHaveAttribute('aria-required', 'true');
    await postcode.fill('340');
    await postcode.blur();
    await expect(page.getByText('Le code postal compte 5 chiffres.')).toBeVisible();
    await expect(postcode).toHaveAttribute('aria-invalid', 'true');
    await postcode.fill('34000');
    await expect(page.getByText('Le code postal compte 5 chiffres.')).toHaveCount(0);
    await page.getByLabel('Date de naissance').fill('1985-03-12');
    await page.getByLabel('Date de naissance').blur();
    await expect(
      page.getByText('Écrivez d’abord le jour, puis le mois, puis l’année : 12/03/1985.'),
    ).toBeVisible();
    await keepScreenshot(page, 'citizen-form');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(
      page.getByText('Une ou plusieurs cases ont un message d’erreur', { exact: false }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await fillIdentityByMouse(page);
    await continueAfterSuccess(page);
  });

  test('form: by keyboard only', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, FORM);
    await skipTo(page, 'Remplir un formulaire d’identité');
    await page.getByLabel('Nom', { exact: true }).focus();
    for (const value of ['Lefèvre', 'Élodie', '12/03/1985', '34000']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await expect(page.getByRole('button', { name: 'Envoyer la demande' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Continuer' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The exercises before were skipped: « Bravo » is for the one done, not the parcours.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bravo pour l’exercice réussi !' }),
    ).toBeVisible();
  });

  test('whole parcours to the end screen, then back to the attract screen', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, FORM);
    await expect(page.getByText('Exercice 1 sur 4')).toBeVisible();
    for (const name of ['Nom *', 'Code postal *'])
      await page.getByRole('checkbox', { name }).click();
    await page.getByRole('button', { name: 'Valider' }).click();
    await continueAfterSuccess(page);

    await expect(page.getByText('Exercice 2 sur 4')).toBeVisible();
    for (const name of ['12/03/1985', '34000', 'elodie.lefevre@exemple.fr', '06 12 34 56 78']) {
      await page.getByRole('button', { name }).click();
    }
    await continueAfterSuccess(page);

    await expect(page.getByText('Exercice 3 sur 4')).toBeVisible();
    await page.getByRole('button', { name: 'Passer' }).click();

    await expect(page.getByText('Exercice 4 sur 4')).toBeVisible();
    await fillIdentityByMouse(page);
    await continueAfterSuccess(page);

    // One exercise was skipped: « Bravo » for the three done, the skipped one offered again.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bravo pour les 3 exercices réussis !' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Exercices passés' })
        .getByRole('button', { name: 'Refaire « Taper un code postal »' }),
    ).toBeVisible();
    const summary = page.getByRole('region', { name: 'Compétences Pix travaillées' });
    await expect(summary).toContainText('Compétence Pix 2.4 : S’insérer dans le monde numérique');
    await expect(summary).toContainText('3 exercices réussis');
    await expect(summary).toContainText('1 exercice passé');
    await expect(page.getByRole('region', { name: 'Et ensuite ?' })).toContainText('pix.fr');
    await expect(page.getByRole('region', { name: 'Et ensuite ?' })).toContainText(
      'Demandez à l’agent d’accueil',
    );
    await expect(page.getByRole('link')).toHaveCount(0); // No link out of the kiosk.
    await keepScreenshot(page, 'citizen-end-screen');

    // Anonymous practice rows: one per exercise, no typed text.
    const rows = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('kiosque-numerique');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('practice').objectStore('practice').getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
          };
        }),
    );
    expect(rows).toHaveLength(4);
    expect(JSON.stringify(rows)).not.toContain('Lefèvre');
    expect(rows).toContainEqual(
      expect.objectContaining({
        exerciseId: 'formulaire-code-postal',
        result: 'skipped',
        competence: '2.4',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        exerciseId: 'formulaire-identite',
        result: 'success',
        language: 'fr',
      }),
    );

    await page.getByRole('button', { name: 'Terminer' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible();
  });
});
