/**
 * The end of a parcours as a person lives it, by touch alone and by keyboard alone, at
 * 1366×768 with the largest text (touch also in high contrast): « Bravo » only for what was
 * done, the skipped exercises retried at once, the rules learnt before the Pix competences,
 * level 2 offered, the sheet to take home with its QR code and the print action; and the
 * médiateur's summary when an agent launched the parcours. Screenshots kept as artifacts.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, keepScreenshot, openKiosk } from './fixtures';
import { openSection, signInAsAdmin } from './agent-helpers';
import { loadContent } from './solvers/content';
import { createDriver, type Driver, type Mode } from './solvers/driver';
import { solverFor } from './solvers/index';
import { say } from './solvers/say';
import type { Exercise } from '../../../renderer/features/citizen/content/schema';
import type { LocalizedText } from '../../../renderer/features/citizen/interactions/types';

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing from the content`);
  return value;
}
const MOUSE = must(
  loadContent().find((p) => p.parcours.id === 'je-decouvre-la-souris'),
  'the parcours « Je découvre la souris »',
);
const FIRST = must(MOUSE.exercises[0], 'its first exercise');
const SECOND = must(MOUSE.exercises[1], 'its second exercise');
const OTHERS = MOUSE.exercises.slice(2);
const fr = (value: LocalizedText) => value.fr;
const SITE_URL = 'https://www.exemple.fr/continuer-chez-soi';

/** Does an exercise the way the driver's person would: lesson, solver, « Continuer ». */
async function solve(page: Page, driver: Driver, mode: Mode, exercise: Exercise): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: fr(exercise.title) })).toBeVisible();
  if (exercise.lesson)
    await driver.press(
      page.getByRole('button', { name: say('fr', 'learning:lesson.start'), exact: true }),
    );
  for (const step of exercise.steps) {
    await solverFor(step.type)({
      step,
      exercise,
      driver,
      page,
      mode,
      lang: 'fr',
      text: fr,
      say: (key, vars) => say('fr', key, vars),
    });
    await expect(page.getByText(say('fr', 'citizen:player.right'))).toBeVisible();
    await driver.press(page.getByRole('button', { name: 'Continuer', exact: true }));
  }
}

/** Attract → largest text (→ high contrast) → « Je découvre la souris ». */
async function openMouseParcours(page: Page, driver: Driver, contrast: boolean): Promise<void> {
  await driver.press(page.getByRole('button', { name: /Touchez l’écran pour commencer/ }));
  await driver.press(page.getByRole('button', { name: 'Texte très grand' }));
  if (contrast) await driver.press(page.getByRole('button', { name: 'Contraste élevé' }));
  await driver.press(page.getByRole('button', { name: /Je découvre la souris/ }).first());
}

/** The first exercise done, every other one skipped. */
async function doFirstSkipOthers(page: Page, driver: Driver, mode: Mode): Promise<void> {
  await solve(page, driver, mode, FIRST);
  for (const exercise of [SECOND, ...OTHERS]) {
    await expect(page.getByRole('heading', { level: 1, name: fr(exercise.title) })).toBeVisible();
    await driver.press(page.getByRole('button', { name: /^Passer/ }));
  }
}

for (const mode of ['touch', 'keyboard'] as const) {
  test.describe(`end screen and takeaway sheet (${mode} alone)`, () => {
    test.use({ hasTouch: mode === 'touch', viewport: { width: 1366, height: 768 } });

    test('Bravo for what was done, skipped ones retried at once, rules then Pix, level 2, the sheet printed', async ({
      page,
    }) => {
      // Counts the print action instead of opening the system's print dialog.
      await page.addInitScript(() => {
        const w = window as unknown as { __printed: number };
        w.__printed = 0;
        window.print = () => void (w.__printed += 1);
      });
      await openKiosk(page, {
        config: { takeaway: { printer: 'Accueil-HP', continueUrl: SITE_URL } },
      });
      const driver = createDriver(page, mode, 'fr');
      const contrast = mode === 'touch';
      await openMouseParcours(page, driver, contrast);
      await doFirstSkipOthers(page, driver, mode);

      // One exercise done: « Bravo » for it, not for the parcours.
      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toHaveText('Bravo pour l’exercice réussi !');
      await expect(title).toBeFocused();
      const done = page.getByRole('region', { name: 'Ce que vous avez réussi' });
      await expect(done.getByRole('listitem')).toHaveText([`✓ ${fr(FIRST.title)}`]);
      const skipped = page.getByRole('region', { name: 'Exercices passés' });
      for (const exercise of [SECOND, ...OTHERS])
        await expect(
          skipped.getByRole('button', { name: `Refaire « ${fr(exercise.title)} »` }),
        ).toBeVisible();
      // The rules in plain words come first, the Pix competences second.
      const recap = page.getByRole('heading', { level: 2, name: 'Ce que vous avez appris' });
      const pix = page.getByRole('heading', { level: 2, name: 'Compétences Pix travaillées' });
      const [recapBox, pixBox] = [await recap.boundingBox(), await pix.boundingBox()];
      expect(recapBox && pixBox && recapBox.y < pixBox.y).toBe(true);
      for (const rule of MOUSE.parcours.recap)
        await expect(page.getByText(fr(rule), { exact: true })).toBeVisible();
      await expect(
        page.getByRole('button', {
          name: 'Continuer avec le niveau 2 : « Je progresse avec la souris »',
        }),
      ).toBeVisible();
      await keepScreenshot(page, `ending-end-screen-${mode}${contrast ? '-contrast' : ''}`);
      await expectNoSeriousA11yViolations(page, `end screen (${mode})`);

      // A skipped exercise, retried at once, then back to the end screen.
      await driver.press(skipped.getByRole('button', { name: `Refaire « ${fr(SECOND.title)} »` }));
      await solve(page, driver, mode, SECOND);
      await expect(title).toHaveText('Bravo pour les 2 exercices réussis !');
      await expect(done.getByRole('listitem')).toHaveText([
        `✓ ${fr(FIRST.title)}`,
        `✓ ${fr(SECOND.title)}`,
      ]);
      await expect(skipped.getByRole('button', { name: /^Refaire « / })).toHaveCount(OTHERS.length);

      // The sheet to take home: nothing personal, the QR code, the print action.
      await driver.press(page.getByRole('button', { name: 'Ma fiche à emporter' }));
      await expect(
        page.getByRole('heading', { level: 1, name: 'Ma fiche à emporter' }),
      ).toBeFocused();
      const sheet = page.getByRole('article');
      await expect(sheet).toContainText('J’ai pratiqué : « Je découvre la souris »');
      await expect(sheet).toContainText(fr(SECOND.title));
      await expect(sheet.getByRole('img', { name: `QR code vers ${SITE_URL}` })).toBeVisible();
      await expect(sheet).toContainText(SITE_URL);
      await keepScreenshot(page, `ending-takeaway-${mode}${contrast ? '-contrast' : ''}`);
      await expectNoSeriousA11yViolations(page, `takeaway sheet (${mode})`);
      await driver.press(page.getByRole('button', { name: 'Imprimer la fiche' }));
      await expect(page.getByRole('status')).toHaveText(
        'La fiche est partie à l’imprimante : récupérez-la au guichet ou sur l’imprimante.',
      );
      expect(
        await page.evaluate(() => (window as unknown as { __printed: number }).__printed),
      ).toBe(1);
      await driver.press(page.getByRole('button', { name: 'Retour au bilan' }));
      await expect(title).toHaveText('Bravo pour les 2 exercices réussis !');

      // Level 2 starts at once.
      await driver.press(
        page.getByRole('button', {
          name: 'Continuer avec le niveau 2 : « Je progresse avec la souris »',
        }),
      );
      await expect(page.getByText(/^Exercice 1 sur \d$/)).toBeVisible();
    });
  });
}

test.describe('takeaway sheet without a printer, and on paper', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('no printer: the QR code on screen only; printed, the sheet alone shows', async ({
    page,
  }) => {
    await openKiosk(page);
    const driver = createDriver(page, 'mouse', 'fr');
    await openMouseParcours(page, driver, false);
    await doFirstSkipOthers(page, driver, 'mouse');
    await page.getByRole('button', { name: 'Ma fiche à emporter' }).click();
    await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toHaveCount(0);
    await expect(
      page.getByText(
        'Pas d’imprimante sur ce poste : prenez ce QR code en photo avec votre téléphone.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: 'QR code vers https://pix.fr/' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('article')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retour au bilan' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Contraste élevé' })).toBeHidden();
    await keepScreenshot(page, 'ending-takeaway-print');
  });
});

test.describe('agent-launched parcours', () => {
  test('the médiateur’s summary lists each exercise, its result, tries and hints', async ({
    page,
  }) => {
    await openKiosk(page);
    await signInAsAdmin(page);
    await openSection(page, 'Lancer un parcours');
    await page
      .getByRole('button', { name: 'Lancer « Je découvre la souris » pour l’usager' })
      .click();
    const driver = createDriver(page, 'mouse', 'fr');
    await doFirstSkipOthers(page, driver, 'mouse');
    const summary = page.getByRole('region', { name: 'Bilan à relire avec la personne' });
    await expect(summary).toContainText('Ce bilan n’est enregistré nulle part');
    const rows = summary.getByRole('row');
    await expect(rows).toHaveCount(1 + MOUSE.exercises.length);
    await expect(rows.nth(1)).toContainText(fr(FIRST.title));
    await expect(rows.nth(1)).toContainText('réussi');
    await expect(rows.nth(2)).toContainText(fr(SECOND.title));
    await expect(rows.nth(2)).toContainText('passé');
    await keepScreenshot(page, 'ending-agent-summary');
    await expectNoSeriousA11yViolations(page, 'end screen with the médiateur’s summary');
    await page.getByRole('button', { name: 'Terminer' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible();
  });
});
