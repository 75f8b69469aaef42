/**
 * Nothing a citizen types may be remembered by the browser: every field of every exercise of
 * every parcours carries `autocomplete="off"` (the profile-scan control spec shows what is left
 * on disk without it). Walks each parcours, exercise by exercise, and reads every field shown
 * when the exercise opens; the `noFieldRemembered` fixture checks every field typed in.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openParcoursList, passLesson } from './citizen-helpers';

interface Field {
  tag: string;
  name: string;
  autocomplete: string | null;
}

/** Every form field on screen, with what the browser is told about remembering it. */
const fieldsOnScreen = (page: Page): Promise<Field[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('input, textarea, select')].map((el) => ({
      tag: el.tagName.toLowerCase(),
      name: el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.id,
      autocomplete: el.getAttribute('autocomplete'),
    })),
  );

test('every field of every exercise tells the browser not to remember it', async ({ page }) => {
  test.setTimeout(600_000);
  await openParcoursList(page);
  const cards = page.getByRole('button', { name: /^(Étape \d+|Niveau 2)/ });
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(10);

  const remembered: string[] = [];
  let seen = 0;
  for (let i = 0; i < count; i++) {
    await page.goto('./');
    await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).click();
    const card = cards.nth(i);
    const parcours = (await card.textContent()) ?? `carte ${i + 1}`;
    await card.click();
    const heading = page.getByRole('heading', { level: 1 });
    const skip = page.getByRole('button', { name: /^Passer/ });
    await expect(page.getByText(/^Exercice 1 sur \d+/).first()).toBeVisible();
    for (let step = 0; step < 12 && (await skip.count()) > 0; step++) {
      await passLesson(page);
      for (const field of await fieldsOnScreen(page)) {
        seen += 1;
        if (field.autocomplete !== 'off')
          remembered.push(
            `${parcours} › ${await heading.textContent()} › ${field.tag} ${field.name}`,
          );
      }
      const title = await heading.textContent();
      await skip.first().click();
      await expect(heading).not.toHaveText(title ?? '');
    }
  }
  expect(remembered).toEqual([]);
  // The walk really met fields (19 when written: forms, typing, passwords, the démarche…).
  // Fields that open later (a new e-mail…) are checked as they are typed in, by the fixture.
  expect(seen).toBeGreaterThanOrEqual(15);
});
