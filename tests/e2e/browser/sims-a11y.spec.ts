import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';
import { openExercise, type PARCOURS } from './sims-helpers';

type Lang = 'fr' | 'en';

/** One screen per simulator, brought to its most telling state (both languages). */
const SCREENS: {
  name: string;
  parcours: keyof typeof PARCOURS;
  title: Record<Lang, string>;
  prepare: (page: Page, lang: Lang) => Promise<void>;
}[] = [
  {
    name: 'webmail',
    parcours: 'mail',
    title: {
      fr: 'Voir où mène un lien sans cliquer',
      en: 'See where a link leads without clicking',
    },
    prepare: async (page, lang) => {
      await page
        .getByRole('button', {
          name: lang === 'fr' ? /Votre carte Vitale/ : /health insurance card/,
        })
        .click();
      await page
        .getByRole('button', {
          name:
            lang === 'fr'
              ? 'Commander ma nouvelle carte Vitale'
              : 'Order my new health insurance card',
        })
        .hover();
      await expect(page.getByText(/renouvellement-rapide\.com/)).toBeVisible();
    },
  },
  {
    name: 'webmail-picker',
    parcours: 'mail',
    title: { fr: 'Envoyer un justificatif par e-mail', en: 'Send a proof document by e-mail' },
    prepare: async (page, lang) => {
      await page
        .getByRole('button', { name: lang === 'fr' ? 'Nouveau message' : 'New message' })
        .click();
      await page
        .getByRole('button', { name: lang === 'fr' ? 'Joindre un fichier' : 'Attach a file' })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'password-builder',
    parcours: 'scams',
    title: { fr: 'Créer une phrase de passe solide', en: 'Build a strong passphrase' },
    prepare: async (page, lang) => {
      await page
        .getByLabel(
          lang === 'fr'
            ? 'Votre phrase de passe (inventée pour l’exercice)'
            : 'Your passphrase (made up for the exercise)',
        )
        .fill('Velo-Orange');
      await expect(page.getByRole('meter')).toBeVisible();
    },
  },
  {
    name: 'secure-site',
    parcours: 'scams',
    title: { fr: 'Le cadenas et le «\u00a0.gouv.fr\u00a0»', en: 'The padlock and “.gouv.fr”' },
    prepare: async (page) => {
      await expect(page.getByText('impots-gouv.fr-paiement.com')).toBeVisible();
    },
  },
  {
    name: 'public-site',
    parcours: 'online',
    title: {
      fr: 'Trouver les papiers pour une carte d’identité',
      en: 'Find the papers for an identity card',
    },
    prepare: async (page, lang) => {
      await page.getByRole('searchbox').fill(lang === 'fr' ? 'carte identité' : 'identity card');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: /2/ })).toBeVisible();
    },
  },
  {
    name: 'franceconnect',
    parcours: 'online',
    title: { fr: 'Recopier un code reçu par SMS', en: 'Copy a code received by text message' },
    prepare: async (page) => {
      await expect(page.getByRole('complementary').filter({ hasText: '508316' })).toBeVisible();
    },
  },
  {
    name: 'file-explorer',
    parcours: 'online',
    title: { fr: 'Retrouver un PDF téléchargé', en: 'Find a downloaded PDF' },
    prepare: async (page, lang) => {
      await page
        .getByRole('button', { name: lang === 'fr' ? 'Téléchargements' : 'Downloads' })
        .click();
      await page.getByRole('button', { name: /avis-imposition-2026\.pdf/ }).click();
    },
  },
];

test.describe('simulators: accessibility in both languages and contrast modes', () => {
  for (const screen of SCREENS) {
    for (const lang of ['fr', 'en'] as const) {
      test(`${screen.name} (${lang})`, async ({ page }) => {
        await openExercise(page, screen.parcours, screen.title[lang], lang);
        await screen.prepare(page, lang);
        await expectNoSeriousA11yViolations(page, `${screen.name} ${lang}`);
        await keepScreenshot(page, `sims-${screen.name}-${lang}`);
        await page
          .getByRole('button', { name: lang === 'fr' ? 'Contraste élevé' : /contrast/i })
          .click();
        await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
        await expectNoSeriousA11yViolations(page, `${screen.name} ${lang} high contrast`);
        await keepScreenshot(page, `sims-${screen.name}-${lang}-contrast`);
      });
    }
  }

  test('every simulator target is at least 48 px high', async ({ page }) => {
    await openExercise(page, 'online', 'Se connecter avec FranceConnect');
    const buttons = page.getByRole('main').getByRole('button');
    for (const button of await buttons.all()) {
      const box = await button.boundingBox();
      expect(box?.height ?? 0, await button.innerText()).toBeGreaterThanOrEqual(48);
    }
  });
});

test.describe('simulators at the largest text size', () => {
  for (const screen of SCREENS.filter((s) =>
    ['webmail', 'secure-site', 'franceconnect'].includes(s.name),
  )) {
    test(`${screen.name}: no sideways scrolling`, async ({ page }) => {
      await openExercise(page, screen.parcours, screen.title.fr);
      await page.getByRole('button', { name: 'Texte très grand' }).click();
      await screen.prepare(page, 'fr');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await keepScreenshot(page, `sims-${screen.name}-xlarge-text`);
    });
  }
});
