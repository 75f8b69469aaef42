import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';
import { lessonStart, openParcoursList } from './citizen-helpers';

type Lang = 'fr' | 'en';
type Contrast = 'normal' | 'high';

const T = {
  fr: {
    skip: 'Passer',
    end: /^Fin du parcours « /, // every exercise skipped: no « Bravo »
    another: 'Choisir un autre parcours',
    contrast: 'Contraste élevé',
  },
  en: {
    skip: 'Skip',
    end: /^End of “/,
    another: 'Choose another learning path',
    contrast: 'High contrast',
  },
} as const;

const PARCOURS = {
  fr: ['Je découvre la souris', 'Je découvre le clavier', 'Je remplis un formulaire en ligne'],
  en: ['I discover the mouse', 'I discover the keyboard', 'I fill in an online form'],
} as const;

async function open(page: Page, lang: Lang, contrast: Contrast): Promise<void> {
  await openParcoursList(page, { lang });
  if (contrast === 'high') await page.getByRole('button', { name: T[lang].contrast }).click();
}

/** Runs axe on every exercise of a parcours (skipping through), then on its end screen. */
async function checkParcours(page: Page, lang: Lang, title: string, label: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(title) })
    .first()
    .click();
  const heading = page.getByRole('heading', { level: 1 });
  for (let i = 0; i < 10; i++) {
    await expect(
      page
        .getByRole('button', { name: new RegExp(`^${T[lang].skip}`) })
        .or(page.getByRole('heading', { name: T[lang].end })),
    ).toBeVisible();
    const current = (await heading.textContent()) ?? '';
    if (T[lang].end.test(current)) break;
    await expectNoSeriousA11yViolations(page, `${label} › ${current}`);
    if (await lessonStart(page).isVisible()) {
      // An exercise with a lesson: check its practice screen too.
      await lessonStart(page).click();
      await expectNoSeriousA11yViolations(page, `${label} › ${current} (practice)`);
    }
    await page.getByRole('button', { name: new RegExp(`^${T[lang].skip}`) }).click();
    await expect(heading).not.toHaveText(current);
  }
  await expect(heading).toHaveText(T[lang].end);
  await expectNoSeriousA11yViolations(page, `${label} › end screen`);
  await page.getByRole('button', { name: T[lang].another }).click();
}

for (const lang of ['fr', 'en'] as const) {
  for (const contrast of ['normal', 'high'] as const) {
    const label = `${lang} ${contrast}`;
    test(`parcours list, feedback, hint and end screen: no serious violation (${label})`, async ({
      page,
    }) => {
      await open(page, lang, contrast);
      await expectNoSeriousA11yViolations(page, `${label} parcours list`);
      await keepScreenshot(page, `citizen-list-${lang}-${contrast}`);
      await page
        .getByRole('button', { name: new RegExp(PARCOURS[lang][2]) })
        .first()
        .click();
      // A wrong answer, its feedback, then the hint.
      await page.getByRole('button', { name: lang === 'fr' ? 'Valider' : 'Check' }).waitFor();
      await page.getByRole('checkbox').nth(1).click();
      await page.getByRole('button', { name: lang === 'fr' ? 'Valider' : 'Check' }).click();
      await expect(page.getByText(lang === 'fr' ? 'Pas tout à fait.' : 'Not quite.')).toBeVisible();
      await page.getByRole('button', { name: lang === 'fr' ? 'Indice' : 'Hint' }).click();
      await expect(page.getByRole('complementary')).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${label} feedback and hint`);
      await keepScreenshot(page, `citizen-feedback-hint-${lang}-${contrast}`);
      for (let i = 0; i < 4; i++)
        await page.getByRole('button', { name: new RegExp(`^${T[lang].skip}`) }).click();
      await expect(page.getByRole('heading', { level: 1, name: T[lang].end })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${label} end screen`);
      await keepScreenshot(page, `citizen-end-${lang}-${contrast}`);
    });
  }
}

for (const [lang, contrast] of [
  ['fr', 'normal'],
  ['en', 'high'],
] as const) {
  test(`every exercise of the mouse, keyboard and form parcours: no serious violation (${lang}, ${contrast})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await open(page, lang, contrast);
    for (const title of PARCOURS[lang])
      await checkParcours(page, lang, title, `${lang} ${contrast}`);
  });
}
