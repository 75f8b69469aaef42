import type { Page } from '@playwright/test';
import { expect, openKiosk, type KioskOptions } from './fixtures';

/** From the attract screen (optionally in English) to the parcours list. */
export async function openParcoursList(
  page: Page,
  options: KioskOptions & { lang?: 'fr' | 'en' } = {},
): Promise<void> {
  await openKiosk(page, options);
  if (options.lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /Touch the screen to start/i }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'What would you like to learn?' }),
    ).toBeVisible();
  } else {
    await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Que voulez-vous apprendre ?' }),
    ).toBeVisible();
  }
}

/** The lesson's button that opens the practice. */
export const lessonStart = (page: Page) =>
  page.getByRole('button', { name: /^(Je commence l’exercice|Start the exercise)$/ });

/**
 * Goes from the lesson to the practice when the exercise on screen opens with a lesson (the
 * lesson renders with the title, so once the title shows, its button is there or not).
 */
export async function passLesson(page: Page, by: 'click' | 'tap' = 'click'): Promise<void> {
  const start = lessonStart(page);
  if (!(await start.isVisible())) return;
  await (by === 'tap' ? start.tap() : start.click());
  await expect(start).toHaveCount(0);
}

/** Opens a parcours by its French title and waits for its first exercise's practice. */
export async function startParcours(page: Page, title: string | RegExp): Promise<void> {
  // A level-2 card names its level-1 parcours ("Après « … »"): the level-1 card comes first.
  await page.getByRole('button', { name: title }).first().click();
  await expect(page.getByText(/Exercice 1 sur \d|Exercise 1 of \d/).first()).toBeVisible();
  await passLesson(page);
}

/** Skips exercises until the one titled `title` is on screen, past its lesson. */
export async function skipTo(
  page: Page,
  title: string,
  by: 'click' | 'tap' = 'click',
): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  for (let i = 0; i < 8; i++) {
    const current = await heading.textContent();
    if (current === title) return passLesson(page, by);
    await page.getByRole('button', { name: /^(Passer|Skip)/ }).click();
    await expect(heading).not.toHaveText(current ?? '');
  }
  await expect(heading).toHaveText(title);
}

/** Clicks "Continuer" after a right answer. */
export async function continueAfterSuccess(page: Page): Promise<void> {
  await expect(page.getByText(/Bravo, c’est réussi !|Well done, you did it!/)).toBeVisible();
  await page.getByRole('button', { name: /^(Continuer|Continue)$/ }).click();
}

/** Elements that stick out of the viewport sideways (the page must never scroll sideways). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(el).position === 'fixed' && box.right <= 0) continue;
      if (box.left < -1 || box.right > width + 1) {
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
      }
    }
    return out.slice(0, 10);
  });
}
