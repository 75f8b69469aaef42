import { test, expect, openKiosk, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';
import { openSection, signInAsAdmin } from './agent-helpers';

test.describe('agent-launched parcours', () => {
  test('the admin starts « Je découvre le clavier » for the citizen; leaving goes back to the attract screen', async ({
    page,
  }) => {
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Lancer un parcours');
    await expectNoSeriousA11yViolations(page, 'agent launch section');
    await keepScreenshot(page, 'citizen-agent-launch');

    await page
      .getByRole('button', { name: 'Lancer « Je découvre le clavier » pour l’usager' })
      .click();
    // Straight into the first exercise: no parcours list, no agent menu.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Les touches importantes' }),
    ).toBeVisible();
    await expect(page.getByText('Exercice 1 sur 5')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu de l’espace agent' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Quitter' }).click();
    await page.getByRole('button', { name: 'Oui, quitter' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible();
    // Leaving wipes the session and records the measure that `npm run bench` reads. The wipe
    // ends with a reload of the home page, which can cut a read short: that read is retried.
    await expect
      .poll(() =>
        page
          .evaluate(() => performance.getEntriesByName('kiosque:quit-wipe').length)
          .catch(() => -1),
      )
      .toBe(1);
  });
});
