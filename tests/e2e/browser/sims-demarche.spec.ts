import { test, expect, keepScreenshot } from './fixtures';
import { continueAfterSuccess } from './citizen-helpers';
import { expectFeedbackThenRetry, expectSuccessFocused, openExercise } from './sims-helpers';

const ID_CARD = 'Trouver les papiers pour une carte d’identité';
const FC = 'Se connecter avec FranceConnect';
const PDF = 'Retrouver un PDF téléchargé';
const RENEWAL = 'Carte d’identité : renouvellement pour un adulte';
const CODE = 'Code à 6 chiffres reçu par SMS';

test.describe('public-service site', () => {
  test('by mouse: menu, page, a wrong box ticked, then the right ones', async ({ page }) => {
    await openExercise(page, 'online', ID_CARD);
    await expect(page.getByText('www.service-public.gouv.fr')).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Menu du site' })
      .getByRole('button', { name: 'Papiers - Citoyenneté' })
      .click();
    await page.getByRole('button', { name: RENEWAL }).click();
    await expect(page.getByRole('heading', { name: RENEWAL })).toBeVisible();
    await page.getByRole('checkbox', { name: /timbre fiscal/ }).check();
    await page.getByRole('button', { name: 'Valider ma réponse' }).click();
    await expectFeedbackThenRetry(page, /n’est demandé qu’en cas de perte ou de vol/);
    await page.getByRole('checkbox', { name: /timbre fiscal/ }).uncheck();
    for (const name of [/photo d’identité/, /justificatif de domicile/, /ancienne carte/])
      await page.getByRole('checkbox', { name }).check();
    await keepScreenshot(page, 'sims-public-site');
    await page.getByRole('button', { name: 'Valider ma réponse' }).click();
    await continueAfterSuccess(page);
  });

  test('by keyboard: the search box', async ({ page }) => {
    await openExercise(page, 'online', ID_CARD);
    await page.getByRole('searchbox', { name: 'Rechercher sur le site' }).focus();
    await page.keyboard.type('carte identité');
    await page.keyboard.press('Enter');
    await expect(page.getByText('2 résultats :')).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: RENEWAL })).toBeFocused();
    // Page links, then the answer's boxes: Space ticks a box.
    await page.getByRole('checkbox', { name: /photo d’identité/ }).focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Valider ma réponse' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectSuccessFocused(page);
  });
});

test.describe('FranceConnect sign-in', () => {
  test('by mouse: every screen, with a wrong provider first', async ({ page }) => {
    await openExercise(page, 'online', FC);
    await page.getByRole('button', { name: 'S’identifier avec FranceConnect' }).click();
    await page.getByRole('button', { name: 'ameli.fr' }).click();
    await expectFeedbackThenRetry(
      page,
      /Le compte fictif de l’exercice est un compte impots\.gouv/,
    );
    await page.getByRole('button', { name: 'impots.gouv' }).click();
    await page.getByLabel('Identifiant').fill('1234567890123');
    await page.getByLabel('Mot de passe').fill('Exemple-Kiosque-26');
    await keepScreenshot(page, 'sims-franceconnect-login');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('complementary', { name: 'Téléphone (simulation)' })).toContainText(
      '739214',
    );
    await page.getByLabel(CODE).fill('739214');
    await keepScreenshot(page, 'sims-franceconnect-sms');
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await expect(page.getByText('Vous êtes connecté.', { exact: true })).toBeVisible();
    await keepScreenshot(page, 'sims-franceconnect-account');
    await continueAfterSuccess(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Recopier un code reçu par SMS' }),
    ).toBeVisible();
  });

  test('by keyboard: every screen', async ({ page }) => {
    await openExercise(page, 'online', FC);
    await page.getByRole('button', { name: 'S’identifier avec FranceConnect' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'impots.gouv' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1234567890123');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Exemple-Kiosque-26');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(CODE)).toBeFocused();
    await page.keyboard.type('739214');
    await page.keyboard.press('Enter');
    await expectSuccessFocused(page);
  });

  test('the SMS code alone: a wrong code gives its feedback', async ({ page }) => {
    await openExercise(page, 'online', 'Recopier un code reçu par SMS');
    await page.getByLabel(CODE).fill('508361');
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await expectFeedbackThenRetry(page, /Comparez chiffre par chiffre/);
    await page.getByLabel(CODE).fill('508316');
    await page.keyboard.press('Enter');
    await expectSuccessFocused(page);
  });
});

test.describe('file explorer', () => {
  test('by mouse: double-click the right PDF, after last year’s', async ({ page }) => {
    await openExercise(page, 'online', PDF);
    await page
      .getByRole('navigation', { name: 'Dossiers' })
      .getByRole('button', { name: 'Téléchargements' })
      .click();
    await keepScreenshot(page, 'sims-file-explorer');
    await page.getByRole('button', { name: /avis-imposition-2025\.pdf/ }).dblclick();
    await expectFeedbackThenRetry(page, /Ce n’est pas le bon fichier/);
    await page.getByRole('button', { name: 'Fermer le document' }).click();
    await page.getByRole('button', { name: /avis-imposition-2026\.pdf/ }).dblclick();
    await expect(page.getByRole('region', { name: 'avis-imposition-2026.pdf' })).toBeVisible();
    await continueAfterSuccess(page);
  });

  test('by keyboard: select, then "Ouvrir"', async ({ page }) => {
    await openExercise(page, 'online', PDF);
    await page.getByRole('button', { name: 'Téléchargements' }).focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /avis-imposition-2026\.pdf/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ouvrir' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectSuccessFocused(page);
  });

  test('which folder: by touch', async ({ browser }) => {
    const context = await browser.newContext({
      hasTouch: true,
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    await openExercise(page, 'mail', 'Dans quel dossier est la photo d’identité\u00a0?');
    await page.getByRole('button', { name: 'Images' }).tap();
    await expect(page.getByRole('button', { name: /photo-identite\.jpg/ })).toBeVisible();
    await page.getByRole('button', { name: 'Le fichier est dans ce dossier' }).tap();
    await expect(page.getByText('Bravo, c’est réussi !')).toBeVisible();
    await context.close();
  });
});
