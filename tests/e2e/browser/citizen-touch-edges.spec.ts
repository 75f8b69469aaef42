import type { Locator, Page } from '@playwright/test';
import { test, expect, openKiosk } from './fixtures';
import { passLesson, skipTo } from './citizen-helpers';

test.use({ hasTouch: true });

/** A finger pressed on `from`, slid onto `to`, lifted (real touch events, not a mouse). */
async function touchDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('not on screen');
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number, y: number) => [{ x, y, id: 1 }];
  const [x0, y0] = [a.x + a.width / 2, a.y + a.height / 2];
  const [x1, y1] = [b.x + b.width / 2, b.y + b.height / 2];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x0, y0) });
  for (let i = 1; i <= 10; i++) {
    const touchPoints = point(x0 + ((x1 - x0) * i) / 10, y0 + ((y1 - y0) * i) / 10);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function startByTouch(page: Page, parcours: RegExp): Promise<void> {
  await openKiosk(page);
  await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).tap();
  // A level-2 card names its level-1 parcours (« Après … »): the level-1 card comes first.
  await page.getByRole('button', { name: parcours }).first().tap();
}

test.describe('touch only: rough edges', () => {
  test('a tap anywhere on the attract screen starts, except on its own controls', async ({
    page,
  }) => {
    await openKiosk(page);
    await page.getByRole('button', { name: 'Texte très grand' }).tap(); // A control: stays here.
    const headline = page.getByRole('heading', { name: 'Entraînez-vous aux gestes du numérique' });
    await expect(headline).toBeVisible();
    await headline.tap();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Que voulez-vous apprendre ?' }),
    ).toBeVisible();
    // The text size chosen on the attract screen is kept.
    await expect(page.getByRole('button', { name: 'A++ Texte très grand' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('the tap that completes « Les touches importantes » shows the « Bravo », it does not press « Continuer »', async ({
    page,
  }) => {
    await startByTouch(page, /Je découvre le clavier/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les touches importantes');
    await passLesson(page, 'tap');
    // The drawn keys, by what is written on them (the drawing is hidden from screen readers);
    // on a touch kiosk the drawing is the on-screen keyboard's layout, its keys named in words.
    const keys = ['Entrée', 'Espace', 'Effacer', 'Majuscule'].map((label) =>
      page.getByText(label, { exact: true }),
    );
    for (const key of keys) await key.tap();
    await expect(page.getByText('Bravo, c’est réussi !')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les touches importantes');
    await page.getByRole('button', { name: 'Continuer' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Taper un premier mot');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('after a drag, tap-then-tap works on the first tap', async ({ page }) => {
    await startByTouch(page, /Je découvre la souris/);
    await skipTo(page, 'Ranger des fichiers en les faisant glisser', 'tap');
    await touchDrag(
      page,
      page.getByRole('button', { name: 'avis-impot-2025.pdf' }),
      page.getByRole('button', { name: 'Papiers' }),
    );
    await expect(page.getByRole('list', { name: 'Contenu de « Papiers »' })).toContainText(
      'avis-impot-2025.pdf',
    );
    const photo = page.getByRole('button', { name: 'plage-palavas.jpg' });
    await photo.tap();
    await expect(photo).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Ranger dans « Photos »' }).tap();
    await expect(page.getByRole('list', { name: 'Contenu de « Photos »' })).toContainText(
      'plage-palavas.jpg',
    );
  });
});
