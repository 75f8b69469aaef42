import { test, expect, keepScreenshot } from './fixtures';
import { continueAfterSuccess } from './citizen-helpers';
import { expectFeedbackThenRetry, expectSuccessFocused, openExercise } from './sims-helpers';

const REVEAL = 'Voir où mène un lien sans cliquer';
const REPORT = 'Signaler puis supprimer un e-mail d’arnaque';
const ATTACH = 'Envoyer un justificatif par e-mail';
const REAL_ADDRESS = /ameli-carte-vitale\.renouvellement-rapide\.com/;

test.describe('webmail simulator', () => {
  test('reveal a link: by mouse (hover), clicking the link first gives its feedback', async ({
    page,
  }) => {
    await openExercise(page, 'mail', REVEAL);
    await page.getByRole('button', { name: /Votre carte Vitale expire bientôt/ }).click();
    const link = page.getByRole('button', { name: 'Commander ma nouvelle carte Vitale' });
    await link.click();
    await expectFeedbackThenRetry(page, /Vous avez cliqué sur le lien/);
    await page.mouse.move(0, 0);
    await link.hover();
    await expect(page.getByText(/Ce lien mène en réalité à/)).toContainText(REAL_ADDRESS);
    await keepScreenshot(page, 'sims-webmail-reveal');
    await page.getByRole('button', { name: 'Non, c’est une arnaque' }).click();
    await continueAfterSuccess(page);
    await expect(page.getByRole('heading', { level: 1, name: ATTACH })).toBeVisible();
  });

  test('reveal a link: by keyboard (focus reveals)', async ({ page }) => {
    await openExercise(page, 'mail', REVEAL);
    await page.getByRole('button', { name: /Votre carte Vitale expire bientôt/ }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('button', { name: 'Commander ma nouvelle carte Vitale' }),
    ).toBeFocused();
    await expect(page.getByText(/Ce lien mène en réalité à/)).toContainText(REAL_ADDRESS);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Non, c’est une arnaque' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectSuccessFocused(page);
  });

  test('reveal a link: by touch (long press)', async ({ browser }) => {
    const context = await browser.newContext({
      hasTouch: true,
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    await openExercise(page, 'mail', REVEAL);
    await page.getByRole('button', { name: /Votre carte Vitale expire bientôt/ }).tap();
    const link = page.getByRole('button', { name: 'Commander ma nouvelle carte Vitale' });
    await link.dispatchEvent('pointerdown', { pointerType: 'touch', isPrimary: true });
    await expect(page.getByText(/Ce lien mène en réalité à/)).toContainText(REAL_ADDRESS);
    await link.dispatchEvent('pointerup', { pointerType: 'touch', isPrimary: true });
    await page.getByRole('button', { name: 'Non, c’est une arnaque' }).tap();
    await expect(page.getByText('Bravo, c’est réussi !')).toBeVisible();
    await context.close();
  });

  test('report and delete a scam: by mouse, deleting first gives its feedback', async ({
    page,
  }) => {
    await openExercise(page, 'scams', REPORT);
    await page.getByRole('button', { name: /remboursement de 214,50/ }).click();
    const toolbar = page.getByRole('toolbar', { name: 'Actions sur le message' });
    await toolbar.getByRole('button', { name: 'Supprimer' }).click();
    await expectFeedbackThenRetry(page, /Signalez d’abord le message comme arnaque/);
    await toolbar.getByRole('button', { name: 'Signaler comme arnaque' }).click();
    await expect(page.getByText('Message signalé comme arnaque.', { exact: false })).toBeVisible();
    await keepScreenshot(page, 'sims-webmail-report');
    await toolbar.getByRole('button', { name: 'Supprimer' }).click();
    await continueAfterSuccess(page);
  });

  test('report and delete a scam: by keyboard', async ({ page }) => {
    await openExercise(page, 'scams', REPORT);
    await page.getByRole('button', { name: /Fermeture de la mairie/ }).focus();
    await page.keyboard.press('Tab'); // the scam is second in the list
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // skips past the third message…
    await page.keyboard.press('Tab'); // …to "Répondre"
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Signaler comme arnaque' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectSuccessFocused(page);
  });

  test('attach and send: by mouse, with the simulated file picker', async ({ page }) => {
    await openExercise(page, 'mail', ATTACH);
    await page.getByRole('button', { name: 'Nouveau message' }).click();
    await page.getByLabel('À (adresse du destinataire)').fill('accueil@mairie-saint-exemple.fr');
    await page.getByLabel('Objet').fill('Justificatif');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await expectFeedbackThenRetry(page, /Le justificatif n’est pas joint/);
    await page.getByRole('button', { name: 'Joindre un fichier' }).click();
    const picker = page.getByRole('dialog', { name: 'Choisir un fichier à joindre' });
    await picker.getByRole('button', { name: /justificatif-domicile\.pdf/ }).click();
    await keepScreenshot(page, 'sims-webmail-picker');
    await picker.getByRole('button', { name: 'Joindre ce fichier' }).click();
    await expect(page.getByText('Fichier joint : justificatif-domicile.pdf')).toBeVisible();
    await keepScreenshot(page, 'sims-webmail-compose');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await continueAfterSuccess(page);
  });

  test('attach and send: by keyboard', async ({ page }) => {
    await openExercise(page, 'mail', ATTACH);
    await page.getByRole('button', { name: 'Nouveau message' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('À (adresse du destinataire)')).toBeFocused();
    await page.keyboard.type('accueil@mairie-saint-exemple.fr');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Justificatif de domicile');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bonjour, voici mon justificatif.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // opens the picker, first file focused
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /justificatif-domicile\.pdf/ })).toBeFocused();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Joindre ce fichier' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Joindre un fichier' })).toBeFocused();
    await page.keyboard.press('Tab'); // "Retirer"
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Envoyer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectSuccessFocused(page);
  });
});
