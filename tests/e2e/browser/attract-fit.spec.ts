import type { Page } from '@playwright/test';
import { expect, openKiosk, test } from './fixtures';
import { readContentJson } from './solvers/content';

// A citizen who has just chosen the largest text must still see, without scrolling, the
// buttons that undo it and the rest of the screen: on a counter's 1366×768 and on a 1280×720
// lobby terminal, in every language a counter can offer, with all three offered.
const arabic = readContentJson<{ status: string }>('locales/ar/language.json');
const config = {
  languages: { default: 'fr', enabled: ['fr', 'en', 'ar'], preview: arabic.status !== 'complete' },
};

const LANGUAGES = [
  { name: 'Français', textSize: 'Taille du texte' },
  { name: 'English', textSize: 'Text size' },
  { name: 'العربية', textSize: 'حجم النص' },
];

/** The buttons of the screen that are not wholly in view, by their names. */
async function buttonsOutOfView(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const button of await page.getByRole('button').all()) {
    const box = await button.boundingBox();
    const viewport = page.viewportSize();
    if (!box || !viewport) continue;
    const inside =
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= viewport.width + 0.5 &&
      box.y + box.height <= viewport.height + 0.5;
    if (!inside) out.push(`${(await button.textContent())?.trim()} (bottom ${box.y + box.height})`);
  }
  return out;
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test.describe(`attract screen at ${viewport.width}×${viewport.height}`, () => {
    test.use({ hasTouch: true, viewport });

    for (const language of LANGUAGES) {
      test(`${language.name}: every text size fits the screen, no scrolling`, async ({ page }) => {
        await openKiosk(page, { config });
        await page.getByRole('button', { name: language.name }).tap();
        await expect(page.getByRole('button', { name: language.name })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        const sizes = page.getByRole('group', { name: language.textSize }).getByRole('button');
        await expect(sizes).toHaveCount(3);
        for (let step = 0; step < 3; step += 1) {
          await sizes.nth(step).tap();
          await expect(sizes.nth(step)).toHaveAttribute('aria-pressed', 'true');
          await expect.poll(() => buttonsOutOfView(page)).toEqual([]);
          const scroll = await page.evaluate(() => {
            const root = document.documentElement;
            return root.scrollHeight - root.clientHeight;
          });
          expect(scroll, `step ${step}: the page scrolls by ${scroll}px`).toBeLessThanOrEqual(0);
        }
      });
    }
  });
}
