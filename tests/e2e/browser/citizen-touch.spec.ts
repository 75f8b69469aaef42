import { test, expect, openKiosk } from './fixtures';
import { continueAfterSuccess, lessonStart, skipTo } from './citizen-helpers';

test.use({ hasTouch: true });

test.describe('touch only', () => {
  test('a parcours is started and folders are opened by tapping (tap to select, tap again to open)', async ({
    page,
  }) => {
    await openKiosk(page);
    await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).tap();
    await page.getByRole('button', { name: /Je découvre la souris/ }).tap();
    await lessonStart(page).tap();
    await page.getByRole('button', { name: 'Cible 1 sur 6' }).tap();
    await expect(page.getByText('Cibles touchées : 1 sur 6')).toBeVisible();
    await skipTo(page, 'Ouvrir un dossier avec un double-clic', 'tap');
    // The way to open by touch is written on screen, not only for screen readers.
    await expect(page.getByText(/Sur écran tactile : touchez deux fois/)).toBeVisible();
    for (const name of ['Photos', 'Famille', 'Anniversaire']) {
      const folder = page.getByRole('button', { name });
      await folder.tap();
      await expect(folder).toHaveAttribute('aria-pressed', 'true');
      await folder.tap();
    }
    await expect(page.getByText('gateau-anniversaire.jpg')).toBeVisible();
    await expect(page.getByText('Pas tout à fait.')).toHaveCount(0);
    await continueAfterSuccess(page);
  });
});
