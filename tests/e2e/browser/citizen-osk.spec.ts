/**
 * The on-screen keyboard by touch: what it looks like (screenshots at 1366×768 with the
 * largest text, normal and high contrast, and in Arabic), axe with it open in French, English
 * and Arabic, its
 * 56 px keys, that it never covers the field, closes with the field, hides and comes back,
 * and that the keyboard parcours teaches its layout on a touch kiosk.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, keepScreenshot, openKiosk } from './fixtures';
import { skipTo } from './citizen-helpers';
import { say, type Lang } from './solvers/say';

test.use({ hasTouch: true });

const keyboard = (page: Page, lang: Lang = 'fr') =>
  page.getByRole('group', { name: say(lang, 'osk:keyboard') });

/** Taps "Je commence l’exercice": every exercise of the keyboard parcours opens with a lesson. */
async function pastLesson(page: Page, lang: Lang = 'fr') {
  await page.getByRole('button', { name: say(lang, 'learning:lesson.start'), exact: true }).tap();
}

/** Attract → (English) → largest text → "Je découvre le clavier", all by taps. */
async function openKeyboardParcours(page: Page, lang: Lang = 'fr', contrast = false) {
  await openKiosk(page);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: say(lang, 'attract.start') }).tap();
  const sizes = page.getByRole('group', { name: say(lang, 'a11y.textSize') });
  await sizes.getByRole('button').last().tap();
  if (contrast) await page.getByRole('button', { name: say(lang, 'a11y.contrast') }).tap();
  await page
    .getByRole('button', {
      name: lang === 'fr' ? /Je découvre le clavier/ : /I discover the keyboard/,
    })
    .first() // a level-2 card names the parcours it follows; its own card comes first
    .tap();
}

test('looks right at 1366×768 with the largest text, normal and high contrast; axe finds nothing serious', async ({
  browser,
}) => {
  for (const contrast of [false, true]) {
    // A new kiosk each time: the first-run screen and storage start afresh.
    const context = await browser.newContext({ hasTouch: true });
    const page = await context.newPage();
    await openKeyboardParcours(page, 'fr', contrast);
    await skipTo(page, 'Taper une adresse e-mail', 'tap');
    const field = page.getByLabel('Adresse e-mail');
    await field.tap();
    await expect(keyboard(page)).toBeVisible();
    await keyboard(page).getByRole('button', { name: 'Majuscule' }).tap();
    await expect(keyboard(page).getByRole('button', { name: 'A', exact: true })).toBeVisible();
    const name = `osk-fr-1366-largest-${contrast ? 'high-contrast' : 'normal'}`;
    await keepScreenshot(page, name);
    await page.screenshot({ path: `tests/artifacts/screenshots/${name}-viewport.png` });
    await expectNoSeriousA11yViolations(page, `on-screen keyboard (contrast ${contrast})`);
    await context.close();
  }
});

test('axe with the keyboard open in English; the keys are named in English', async ({ page }) => {
  await openKeyboardParcours(page, 'en');
  await page.getByRole('button', { name: 'Skip' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Type a first word' })).toBeVisible();
  await pastLesson(page, 'en');
  await page.getByLabel('Your word').tap();
  for (const name of ['Space', 'Backspace', 'Shift', 'Enter', 'Hide the keyboard'])
    await expect(keyboard(page, 'en').getByRole('button', { name, exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on-screen keyboard in English');
});

test('keys of at least 56 px; the field stays above the keyboard; typing, closing, hiding', async ({
  page,
}) => {
  await openKeyboardParcours(page);
  await skipTo(page, 'Écrire une adresse avec accents et majuscules', 'tap');
  const field = page.getByLabel('Nom et adresse');
  await expect(keyboard(page)).toHaveCount(0); // not before a field is touched
  await field.tap();
  await expect(keyboard(page)).toBeVisible();
  const keys = keyboard(page).getByRole('button');
  expect(await keys.count()).toBeGreaterThanOrEqual(60);
  for (const box of await keys.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
    expect(box.width).toBeGreaterThanOrEqual(56);
    expect(box.height).toBeGreaterThanOrEqual(56);
  }
  const fieldBox = await field.boundingBox();
  const keyboardBox = await keyboard(page).boundingBox();
  expect(fieldBox && keyboardBox && fieldBox.y + fieldBox.height <= keyboardBox.y).toBe(true);

  // Majuscule: shown on the keys, for one letter.
  await keyboard(page).getByRole('button', { name: 'Majuscule' }).tap();
  await expect(keyboard(page).getByRole('button', { name: 'É', exact: true })).toBeVisible();
  await keyboard(page).getByRole('button', { name: 'É', exact: true }).tap();
  await expect(field).toHaveValue('É');
  await expect(keyboard(page).getByRole('button', { name: 'l', exact: true })).toBeVisible();
  // Each key lands before the next is touched, as under a finger.
  for (const typed of ['Él', 'Élo']) {
    await keyboard(page)
      .getByRole('button', { name: typed.at(-1), exact: true })
      .tap();
    await expect(field).toHaveValue(typed);
  }
  await keyboard(page).getByRole('button', { name: 'Effacer' }).tap();
  await expect(field).toHaveValue('Él');
  await expect(field).toBeFocused(); // the keys never take the focus

  // "Masquer" hides it; touching the field brings it back; leaving the field closes it.
  await keyboard(page).getByRole('button', { name: 'Masquer le clavier' }).tap();
  await expect(keyboard(page)).toHaveCount(0);
  // This tap lands where the keyboard's « c » appears: the keyboard opens only once the tap's
  // click is out, so nothing is typed (useFocusedField).
  await field.tap();
  await expect(keyboard(page)).toBeVisible();
  await expect(field).toHaveValue('Él');
  // Leaving the field: a tap on the line to copy, just above it.
  await page.getByText('Recopiez cette ligne exactement (personne fictive).').tap();
  await expect(keyboard(page)).toHaveCount(0);
  await expect(field).toHaveValue('Él');
});

test('Entrée checks the answer like the physical key; a wrong answer gives its feedback', async ({
  page,
}) => {
  await openKeyboardParcours(page);
  await skipTo(page, 'Taper un premier mot', 'tap');
  await page.getByLabel('Votre mot').tap();
  for (const c of 'bonjour')
    await keyboard(page).getByRole('button', { name: c, exact: true }).tap();
  await keyboard(page).getByRole('button', { name: 'Entrée' }).tap();
  // The mistake is named: the b of « bonjour » must be a capital.
  await expect(
    page.getByText('Dans « bonjour », le « b » doit être une majuscule : « B ».'),
  ).toBeVisible();
  await expect(keyboard(page)).toHaveCount(0); // the feedback took the focus
});

test('the keyboard parcours teaches the on-screen layout on a touch kiosk', async ({ page }) => {
  await openKeyboardParcours(page);
  await pastLesson(page);
  const zone = page.getByRole('application', { name: 'Zone d’entraînement au clavier' });
  // The drawing is the on-screen keyboard: its keys are named as on it (no ↵ ⌫ ⇧ symbols alone).
  for (const label of ['Entrée', 'Espace', 'Effacer', 'Majuscule', '@'])
    await expect(zone.getByText(label, { exact: true })).toBeVisible();
  await expect(
    page.getByText('ce sont les touches du clavier de l’écran', { exact: false }),
  ).toBeVisible();
  await skipTo(page, 'Taper une adresse e-mail', 'tap');
  await expect(
    page.getByText('le @ est en haut, juste après le 0', { exact: false }),
  ).toBeVisible();
});

test('in Arabic the keys keep the AZERTY order, named in Arabic; axe finds nothing serious', async ({
  page,
}) => {
  await openKiosk(page, { config: { languages: { default: 'fr', enabled: ['fr', 'en', 'ar'] } } });
  await page.getByRole('button', { name: 'العربية' }).tap();
  await page.getByRole('button', { name: 'المس الشاشة للبدء' }).tap();
  await page.getByRole('button', { name: /نص كبير جدًا/ }).tap();
  await page
    .getByRole('button', { name: /أتعرّف على لوحة المفاتيح/ })
    .first()
    .tap();
  await page.getByRole('button', { name: /^تخطَّ/ }).tap();
  await page.getByRole('button', { name: 'أبدأ التمرين', exact: true }).tap();
  await expect(page.getByText('المس الخانة البيضاء', { exact: false })).toBeVisible();
  await page.getByRole('textbox').tap();
  const keys = page.getByRole('group', { name: 'لوحة المفاتيح على الشاشة' });
  await expect(keys).toBeVisible();
  for (const name of ['مسافة', 'مسح', 'حرف كبير', 'إدخال', 'إخفاء لوحة المفاتيح'])
    await expect(keys.getByRole('button', { name, exact: true })).toBeVisible();
  // A keyboard is not mirrored: a stays left of z, as on the keyboard in front of the person.
  const a = await keys.getByRole('button', { name: 'a', exact: true }).boundingBox();
  const z = await keys.getByRole('button', { name: 'z', exact: true }).boundingBox();
  expect(a && z && a.x < z.x).toBe(true);
  await keys.getByRole('button', { name: 'حرف كبير', exact: true }).tap();
  await keys.getByRole('button', { name: 'B', exact: true }).tap();
  await expect(page.getByRole('textbox')).toHaveValue('B');
  // The French answer is laid out left to right inside the Arabic page.
  await expect(page.getByRole('textbox')).toHaveAttribute('dir', 'ltr');
  await page.screenshot({ path: 'tests/artifacts/screenshots/osk-ar-1366-largest-viewport.png' });
  await expectNoSeriousA11yViolations(page, 'on-screen keyboard in Arabic');
});
