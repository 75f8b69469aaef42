import { test, expect, openKiosk, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';

test.describe('first start without an admin PIN', () => {
  test('asks for an admin PIN twice, refuses weak and mismatched codes, then opens the kiosk', async ({
    page,
  }) => {
    await openKiosk(page, { firstRun: true });
    await expect(page.getByRole('heading', { name: 'Première mise en service' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'first-run PIN setup');
    await keepScreenshot(page, 'first-run-pin-setup');

    // A weak code is refused with a reason.
    await page.getByLabel(/Choisissez le code administrateur/).fill('111111');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('alert')).toContainText('trop facile');

    // Typed by touch on the on-screen pad.
    for (const d of '739154')
      await page.getByRole('button', { name: `Chiffre ${d}`, exact: true }).click();
    await page.getByRole('button', { name: 'Valider' }).click();
    // The confirmation differs: back to the first step with an explanation.
    await page.getByLabel('Confirmez le code administrateur').fill('739155');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('alert')).toContainText('ne sont pas identiques');

    await page.getByLabel(/Choisissez le code administrateur/).fill('739154');
    await page.keyboard.press('Enter');
    await page.getByLabel('Confirmez le code administrateur').fill('739154');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible({ timeout: 20_000 });

    // The PIN is remembered: a reload goes straight to the attract screen.
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible();
  });

  test('a PIN that is too short is explained', async ({ page }) => {
    await openKiosk(page, { firstRun: true });
    await page.getByLabel(/Choisissez le code administrateur/).fill('123');
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect(page.getByRole('alert')).toHaveText('Le code doit compter au moins 6 chiffres.');
  });
});
