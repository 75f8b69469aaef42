/**
 * The Arabic faces shipped with the app (counter PCs may have none) are declared only on a
 * kiosk that offers Arabic: on a French and English one, the first frame carries no font rule
 * it does not use (renderer/i18n/scriptFonts.ts).
 */
import type { Page } from '@playwright/test';
import { ATTRACT_HEADLINE, expect, openKiosk, test } from './fixtures';

const WITH_ARABIC = { languages: { default: 'fr', enabled: ['fr', 'en', 'ar'] } };
const FACE = 'Noto Sans Arabic';

/** The states of the app's Arabic faces, as the page's font set holds them. */
const arabicFaces = (page: Page) =>
  page.evaluate(
    (family) => [...document.fonts].filter((f) => f.family.includes(family)).map((f) => f.status),
    FACE,
  );

test.use({ viewport: { width: 1366, height: 768 }, hasTouch: true });

test('a French and English kiosk declares no Arabic face and fetches no Arabic font', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => /arabic/i.test(r.url()) && fetched.push(r.url()));
  await openKiosk(page);
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  expect(await arabicFaces(page)).toEqual([]);
  expect(fetched).toEqual([]);
});

test('on a kiosk offering Arabic, « العربية » and the Arabic pages are drawn in its face', async ({
  page,
}) => {
  await openKiosk(page, { config: WITH_ARABIC });
  const arabic = page.getByRole('button', { name: 'العربية' });
  await expect(arabic).toBeVisible();
  await expect.poll(() => arabicFaces(page)).toContain('loaded');
  await arabic.tap();
  const headline = page.getByRole('heading', {
    level: 1,
    name: 'تدرّب على استعمال الأدوات الرقمية',
  });
  await expect(headline).toBeVisible();
  expect(await headline.evaluate((h) => getComputedStyle(h).fontFamily)).toContain(FACE);
  // The page's text fits the face: the browser has every glyph of the headline in it.
  expect(
    await headline.evaluate(
      (h, family) => document.fonts.check(`700 32px "${family}"`, h.textContent ?? ''),
      FACE,
    ),
  ).toBe(true);
});

test('at a restart, the still’s « العربية » gets its face before React’s code', async ({
  page,
}) => {
  await openKiosk(page, { config: WITH_ARABIC });
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('kiosque:attract-still') !== null))
    .toBe(true);
  await page.route('**/assets/boot-*.js', () => {}); // React's boot never comes.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: ATTRACT_HEADLINE })).toBeVisible();
  await expect(page.getByRole('button', { name: 'العربية' })).toBeVisible();
  await expect.poll(() => arabicFaces(page)).toContain('loaded');
  expect(
    await page.evaluate(() => performance.getEntriesByName('kiosque:attract-live').length),
  ).toBe(0);
});
