import type { Locator } from '@playwright/test';
import { test, expect, keepScreenshot } from './fixtures';
import { continueAfterSuccess, openParcoursList, skipTo, startParcours } from './citizen-helpers';

const MOUSE = 'Je découvre la souris';

/** Whether an element is wholly visible inside its scrollable frame. */
const shownInFrame = (locator: Locator) =>
  locator.evaluate((el) => {
    const frame = el.closest('section')?.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return !!frame && box.top >= frame.top && box.bottom <= frame.bottom;
  });

test.describe('parcours « Je découvre la souris »', () => {
  test('click targets: by mouse', async ({ page }) => {
    await openParcoursList(page);
    await keepScreenshot(page, 'citizen-parcours-list');
    await startParcours(page, new RegExp(MOUSE));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Cliquer sur les cibles' }),
    ).toBeVisible();
    await keepScreenshot(page, 'citizen-click-targets');
    const width = async (i: number) =>
      (await page.getByRole('button', { name: `Cible ${i} sur 6` }).boundingBox())?.width ?? 0;
    for (let i = 1; i <= 6; i++) {
      // Targets shrink from 96 px to 48 px (measured once their short pop-in animation is over).
      if (i === 1) await expect.poll(() => width(1)).toBe(96);
      if (i === 6) await expect.poll(() => width(6)).toBe(48);
      await page.getByRole('button', { name: `Cible ${i} sur 6` }).click();
      await expect(page.getByText(`Cibles touchées : ${i} sur 6`)).toBeVisible();
    }
    await continueAfterSuccess(page);
    await expect(page.getByText('Exercice 2 sur 5')).toBeVisible();
  });

  test('click targets: by keyboard', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, new RegExp(MOUSE));
    await page.getByRole('button', { name: 'Cible 1 sur 6' }).focus();
    await page.keyboard.press('Enter');
    for (let i = 2; i <= 6; i++) {
      await expect(page.getByRole('button', { name: `Cible ${i} sur 6` })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('button', { name: 'Continuer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ouvrir un dossier avec un double-clic' }),
    ).toBeVisible();
  });

  test('double-click: by mouse, with a wrong folder first', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, new RegExp(MOUSE));
    await skipTo(page, 'Ouvrir un dossier avec un double-clic');
    await page.getByRole('button', { name: 'Documents' }).dblclick();
    await expect(page.getByText('Ce n’est pas le bon dossier.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('button', { name: 'Photos' }).click();
    await expect(page.getByRole('button', { name: 'Photos' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('button', { name: 'Photos' }).dblclick();
    await page.getByRole('button', { name: 'Famille' }).dblclick();
    await keepScreenshot(page, 'citizen-double-click');
    await page.getByRole('button', { name: 'Anniversaire' }).dblclick();
    await expect(page.getByText('gateau-anniversaire.jpg')).toBeVisible();
    await continueAfterSuccess(page);
  });

  test('double-click: by keyboard (Enter opens)', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, new RegExp(MOUSE));
    await skipTo(page, 'Ouvrir un dossier avec un double-clic');
    for (const name of ['Photos', 'Famille', 'Anniversaire']) {
      await page.getByRole('button', { name }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByText('gateau-anniversaire.jpg')).toBeVisible();
    await continueAfterSuccess(page);
  });

  test('right-click menu: by mouse', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, new RegExp(MOUSE));
    await skipTo(page, 'Le clic droit : copier une photo');
    const photo = page.getByRole('button', { name: 'marche-du-dimanche.jpg' });
    await photo.click();
    await expect(page.getByText('Ceci était un clic gauche.', { exact: false })).toBeVisible();
    await photo.click({ button: 'right' });
    await expect(page.getByRole('menu', { name: 'Menu du clic droit' })).toBeVisible();
    await keepScreenshot(page, 'citizen-context-menu');
    await page.getByRole('menuitem', { name: 'Supprimer' }).click();
    await expect(
      page.getByText('« Supprimer » met la photo à la corbeille', { exact: false }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await photo.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Copier' }).click();
    await expect(page.getByText('Photo copiée.', { exact: false })).toBeVisible();
    await continueAfterSuccess(page);
  });

  test('right-click menu: by keyboard (Shift+F10, arrows, Enter)', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, new RegExp(MOUSE));
    await skipTo(page, 'Le clic droit : copier une photo');
    await page.getByRole('button', { name: 'marche-du-dimanche.jpg' }).focus();
    await page.keyboard.press('Shift+F10');
    await expect(page.getByRole('menuitem', { name: 'Ouvrir' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Copier' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Photo copiée.', { exact: false })).toBeVisible();
    await continueAfterSuccess(page);
  });

  test('drag and drop: by mouse', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, new RegExp(MOUSE));
    await skipTo(page, 'Ranger des fichiers en les faisant glisser');
    const drag = async (file: string, folder: string) => {
      const from = await page.getByRole('button', { name: file }).boundingBox();
      const to = await page.getByRole('button', { name: folder }).boundingBox();
      if (!from || !to) throw new Error('not on screen');
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + 40, from.y + 40, { steps: 4 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
      await page.mouse.up();
    };
    await drag('avis-impot-2025.pdf', 'Photos');
    await expect(
      page.getByText('Ce fichier ne va pas dans ce dossier.', { exact: false }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await drag('avis-impot-2025.pdf', 'Papiers');
    await expect(page.getByRole('list', { name: 'Contenu de « Papiers »' })).toContainText(
      'avis-impot-2025.pdf',
    );
    await keepScreenshot(page, 'citizen-drag-drop');
    await drag('plage-palavas.jpg', 'Photos');
    await drag('attestation-caf.pdf', 'Papiers');
    await drag('mariage-sophie.jpg', 'Photos');
    await continueAfterSuccess(page);
  });

  test('drag and drop: by keyboard (choose a file, then its folder)', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, new RegExp(MOUSE));
    await skipTo(page, 'Ranger des fichiers en les faisant glisser');
    const sort = async (file: string, folder: string) => {
      await page.getByRole('button', { name: file }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByText(`Fichier choisi : ${file}.`, { exact: false })).toBeVisible();
      await page.getByRole('button', { name: `Ranger dans « ${folder} »` }).focus();
      await page.keyboard.press('Enter');
    };
    await sort('avis-impot-2025.pdf', 'Papiers');
    await sort('plage-palavas.jpg', 'Photos');
    await sort('attestation-caf.pdf', 'Papiers');
    await sort('mariage-sophie.jpg', 'Photos');
    await continueAfterSuccess(page);
  });

  test('scroll to find: by mouse wheel', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, new RegExp(MOUSE));
    await skipTo(page, 'Faire défiler une page pour trouver les horaires');
    const hours = page.getByRole('heading', { name: 'Horaires d’ouverture' });
    const region = page.getByRole('region', { name: /Page à faire défiler/ });
    await region.hover();
    expect(await shownInFrame(hours)).toBe(false);
    for (let i = 0; i < 20 && !(await shownInFrame(hours)); i++) {
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(50);
    }
    expect(await shownInFrame(hours)).toBe(true);
    await keepScreenshot(page, 'citizen-scroll-find');
    await page.getByRole('button', { name: 'Non, elle est fermée' }).click();
    await continueAfterSuccess(page);
  });

  test('scroll to find: by keyboard', async ({ page }) => {
    await openParcoursList(page);
    await startParcours(page, new RegExp(MOUSE));
    await skipTo(page, 'Faire défiler une page pour trouver les horaires');
    const region = page.getByRole('region', { name: /Page à faire défiler/ });
    const hours = page.getByRole('heading', { name: 'Horaires d’ouverture' });
    await region.focus();
    for (let i = 0; i < 40 && !(await shownInFrame(hours)); i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(60); // Keyboard scrolling is animated.
    }
    expect(await shownInFrame(hours)).toBe(true);
    await page.getByRole('button', { name: 'Oui, le matin' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('que dit-elle du samedi ?', { exact: false })).toBeVisible();
    await page.keyboard.press('Enter'); // Réessayer has focus.
    await page.getByRole('button', { name: 'Non, elle est fermée' }).focus();
    await page.keyboard.press('Enter');
    await continueAfterSuccess(page);
  });
});
