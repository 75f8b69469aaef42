import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, keepScreenshot, openKiosk } from './fixtures';
import { continueAfterSuccess, passLesson, skipTo } from './citizen-helpers';

const SIZES = ['Texte normal', 'Texte grand', 'Texte très grand'] as const;
const XL = 'Texte très grand';

/** The attract screen, a text size (and high contrast), then the parcours list. */
async function enter(
  page: Page,
  options: { size?: (typeof SIZES)[number]; contrast?: boolean } = {},
): Promise<void> {
  await openKiosk(page);
  if (options.size) await page.getByRole('button', { name: options.size }).click();
  if (options.contrast) await page.getByRole('button', { name: 'Contraste élevé' }).click();
  await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Que voulez-vous apprendre ?' }),
  ).toBeVisible();
}

/** Opens a parcours; past the first exercise's lesson unless `lesson` is kept. */
async function open(page: Page, parcours: RegExp, keep: 'lesson' | 'practice' = 'practice') {
  // A level-2 card names its level-1 parcours (« Après … »): the level-1 card comes first.
  await page.getByRole('button', { name: parcours }).first().click();
  await expect(page.getByText(/Exercice 1 sur \d|Exercise 1 of \d/)).toBeVisible();
  if (keep === 'practice') await passLesson(page);
}

const scrolled = (page: Page) => page.evaluate(() => window.scrollY);

test.describe('rough edges: where an exercise opens', () => {
  test('every exercise opens at the top, title and instructions seen, focus on the title (largest text)', async ({
    page,
  }) => {
    await enter(page, { size: XL });
    await open(page, /Je découvre le clavier/, 'lesson');
    const title = page.getByRole('heading', { level: 1 });
    // What the exercise asks: its instructions, or its lesson when it opens with one.
    const explanation = page.locator('.player__instructions, .lesson__text');
    for (let i = 0; i < 5; i++) {
      await expect(title).toBeFocused();
      await expect(title).toBeInViewport({ ratio: 1 });
      // A lesson's text may run below a small screen: its start at least is seen.
      await expect(explanation).toBeInViewport();
      expect(await scrolled(page)).toBe(0);
      if (i === 0) {
        // From the lesson to the practice: still at the top, focus still on the title.
        await page.mouse.wheel(0, 2000);
        await passLesson(page);
        await expect(title).toBeFocused();
        await expect(page.locator('.player__instructions')).toBeInViewport({ ratio: 1 });
        expect(await scrolled(page)).toBe(0);
      }
      const before = await title.textContent();
      await page.mouse.wheel(0, 2000); // The person scrolled down, then moves on.
      await page.getByRole('button', { name: /^Passer/ }).click();
      if (i < 4) await expect(title).not.toHaveText(before ?? '');
    }
    // Every exercise was skipped: the end screen says so, without a « Bravo ».
    await expect(
      page.getByRole('heading', { level: 1, name: 'Fin du parcours « Je découvre le clavier »' }),
    ).toBeVisible();
  });

  test('the keys exercise keeps its title on screen and counts keys at once (largest text, keyboard)', async ({
    page,
  }) => {
    await enter(page, { size: XL });
    await open(page, /Je découvre le clavier/);
    const title = page.getByRole('heading', { level: 1, name: 'Les touches importantes' });
    await expect(title).toBeFocused();
    await expect(title).toBeInViewport({ ratio: 1 });
    // The key asked is on screen (the practice has loaded) before the person presses it.
    await expect(page.getByText('Appuyez sur la touche Entrée')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Appuyez sur la touche Espace')).toBeVisible();
    await expect(title).toBeInViewport({ ratio: 1 });
    expect(await scrolled(page)).toBe(0);
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`the first exercise shows every target without scrolling, at every text size (${viewport.width}×${viewport.height})`, async ({
      browser,
    }) => {
      for (const size of SIZES) {
        // A new kiosk for each size: the first-run screen and storage start afresh.
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await enter(page, { size });
        await open(page, /Je découvre la souris/);
        for (let n = 1; n <= 6; n++) {
          const target = page.getByRole('button', { name: `Cible ${n} sur 6` });
          await expect(target, `${size}, cible ${n}`).toBeInViewport({ ratio: 1 });
          expect(await scrolled(page), `${size}, cible ${n}`).toBe(0);
          await target.click();
        }
        await expect(page.getByText('Bravo, c’est réussi !')).toBeVisible();
        if (size === XL) await keepScreenshot(page, `edges-first-exercise-xl-${viewport.width}`);
        await context.close();
      }
    });
  }
});

test.describe('rough edges: navigation in the learner area', () => {
  test('the language changes inside the area; « Les parcours » goes back to the list', async ({
    page,
  }) => {
    await enter(page);
    await open(page, /Je découvre la souris/);
    await page.getByRole('button', { name: 'EN English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Click the targets');
    await expect(page.getByText('Exercise 1 of 5')).toBeVisible();
    await page.getByRole('button', { name: 'All courses' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'What would you like to learn?' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'FR Français' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Que voulez-vous apprendre ?' }),
    ).toBeVisible();
  });

  test('« Quitter » asks first, and keeps text size, contrast and language until the session ends', async ({
    page,
  }) => {
    await enter(page, { size: XL, contrast: true });
    await page.getByRole('button', { name: 'EN English' }).click();
    await open(page, /I discover the mouse/);
    await page.getByRole('button', { name: 'Leave', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Do you really want to leave?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'No, carry on' })).toBeFocused();
    await keepScreenshot(page, 'edges-quit-dialog-en-xl-contrast');
    await expectNoSeriousA11yViolations(page, 'quit dialog (en, high contrast, largest text)');
    await dialog.getByRole('button', { name: 'No, carry on' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Click the targets');
    await expect(page.getByRole('button', { name: 'A++ Extra large text' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('button', { name: 'Leave', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, leave' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'A Texte normal' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('the learner bar: names contain what is seen, no serious axe violation (fr, en, both contrasts)', async ({
    page,
  }) => {
    await enter(page);
    for (const [glyph, words] of [
      ['A', 'Texte normal'],
      ['A+', 'Texte grand'],
      ['A++', 'Texte très grand'],
    ] as const) {
      const button = page.getByRole('button', { name: `${glyph} ${words}`, exact: true });
      await expect(button).toHaveText(new RegExp(`^${glyph.replace(/\+/g, '\\+')}`));
    }
    for (const lang of ['FR Français', 'EN English'] as const) {
      await page.getByRole('button', { name: lang }).click();
      await open(page, lang === 'FR Français' ? /Je découvre la souris/ : /I discover the mouse/);
      await expectNoSeriousA11yViolations(page, `first exercise with the learner bar (${lang})`);
      await page.getByRole('button', { name: /Contraste élevé|High contrast/ }).click();
      await expectNoSeriousA11yViolations(page, `same, high contrast (${lang})`);
      await page.getByRole('button', { name: /Contraste élevé|High contrast/ }).click();
      await page.getByRole('button', { name: /Les parcours|All courses/ }).click();
    }
  });
});

test.describe('rough edges: answers, targets and long texts', () => {
  test('a space typed after « Bonjour » is not a mistake (keyboard)', async ({ page }) => {
    await enter(page);
    await open(page, /Je découvre le clavier/);
    await skipTo(page, 'Taper un premier mot');
    await page.getByLabel('Votre mot').focus();
    await page.keyboard.type('Bonjour ');
    await page.keyboard.press('Enter');
    await continueAfterSuccess(page);
  });

  test('a skip link leads past the simulated site to the answers, each a 48 px target (keyboard)', async ({
    page,
  }) => {
    await enter(page);
    await open(page, /Je fais une démarche en ligne/);
    const title = page.getByRole('heading', {
      level: 1,
      name: 'Trouver les papiers pour une carte d’identité',
    });
    await expect(title).toBeFocused();
    // The answers show once the right page is found: by the site's menu, with the keyboard.
    await page
      .getByRole('navigation', { name: 'Menu du site' })
      .getByRole('button', { name: 'Papiers - Citoyenneté' })
      .focus();
    await page.keyboard.press('Enter');
    const renewal = 'Carte d’identité : renouvellement pour un adulte';
    await page.getByRole('button', { name: renewal }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: renewal })).toBeVisible();
    // Back at the top of the exercise, the first Tab offers the shortcut.
    await title.focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Aller aux réponses' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await expectNoSeriousA11yViolations(page, 'skip link shown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const first = page.getByRole('checkbox').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    for (const box of await page.getByRole('checkbox').all()) {
      const size = await box.boundingBox();
      expect(size?.height).toBeGreaterThanOrEqual(48);
      expect(size?.width).toBeGreaterThanOrEqual(48);
    }
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`largest text: the password to copy is shown whole, addresses never break inside a site’s name (${viewport.width}×${viewport.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await enter(page, { size: XL });
      await open(page, /Je fais une démarche en ligne/);
      await skipTo(page, 'Se connecter avec FranceConnect');
      await page.getByRole('button', { name: 'S’identifier avec FranceConnect' }).click();
      await page.getByRole('button', { name: 'impots.gouv' }).click();
      const card = page.getByRole('complementary', { name: 'Votre compte fictif pour l’exercice' });
      const password = card.getByText('Exemple-Kiosque-26', { exact: true });
      const [c, p] = [await card.boundingBox(), await password.boundingBox()];
      if (!c || !p) throw new Error('card or password not shown');
      expect(p.x + p.width).toBeLessThanOrEqual(c.x + c.width);
      expect(p.x).toBeGreaterThanOrEqual(c.x);
      await keepScreenshot(page, `edges-franceconnect-xl-${viewport.width}`);

      await page.getByRole('button', { name: 'Les parcours' }).click();
      await open(page, /Je me protège des arnaques/);
      await skipTo(page, 'Le cadenas et le «\u00a0.gouv.fr\u00a0»');
      for (const host of ['impots-gouv.fr-paiement.com', 'www.impots.gouv.fr']) {
        const name = page.getByText(host, { exact: true });
        const lines = await name.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(lines, host).toBe(1);
      }
      await keepScreenshot(page, `edges-padlock-xl-${viewport.width}`);
    });
  }

  test('the mairie’s message opens and can be answered with « Répondre » (mouse)', async ({
    page,
  }) => {
    await enter(page);
    await open(page, /J’utilise ma messagerie/);
    await skipTo(page, 'Envoyer un justificatif par e-mail');
    await page.getByRole('button', { name: /Votre dossier/ }).click();
    const message = page.getByRole('article', { name: 'Message ouvert' });
    await expect(message).toContainText('Merci de nous envoyer un justificatif de domicile.');
    await message.getByRole('button', { name: 'Répondre' }).click();
    const reply = page.getByRole('form', { name: 'Réponse au message' });
    await expect(reply.getByLabel('À (adresse du destinataire)')).toHaveValue(
      'accueil@mairie-saint-exemple.fr',
    );
    await reply.getByLabel('Message').click();
    await page.keyboard.type('Bonjour, voici mon justificatif.');
    await page.getByRole('button', { name: 'Joindre un fichier' }).click();
    await page.getByRole('button', { name: /justificatif-domicile\.pdf/ }).dblclick();
    await keepScreenshot(page, 'edges-webmail-reply');
    await expectNoSeriousA11yViolations(page, 'webmail reply');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await continueAfterSuccess(page);
  });
});
