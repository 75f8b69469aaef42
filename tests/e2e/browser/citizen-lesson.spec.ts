import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoSeriousA11yViolations, keepScreenshot, openKiosk } from './fixtures';
import { lessonStart, openParcoursList } from './citizen-helpers';

/** The parcours list: level-1 parcours numbered in the recommended order, level 2 apart. */
async function expectRecommendedOrder(page: Page): Promise<void> {
  const firstSteps = page.getByRole('list', { name: 'Parcours proposés' }).getByRole('button');
  await expect(firstSteps.first()).toContainText('Étape 1');
  await expect(firstSteps.first()).toContainText('Je découvre la souris');
  await expect(firstSteps.nth(1)).toContainText('Étape 2');
  await expect(firstSteps.nth(1)).toContainText('Je découvre le clavier');
}

/** A touch kiosk at 1366×768, tapped from its attract screen to the parcours list. */
async function parcoursListByTouch(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    hasTouch: true,
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await openKiosk(page);
  await page.getByRole('button', { name: /Touchez l’écran pour commencer/ }).tap();
  return { context, page };
}

test.describe('lesson before practice, and the list’s recommended order', () => {
  test('by touch only: the list shows the order, a lesson opens the exercise, a tap starts it', async ({
    browser,
  }) => {
    const { context, page } = await parcoursListByTouch(browser);
    await expectRecommendedOrder(page);
    // Level 2 apart, each saying which parcours comes first.
    const further = page.getByRole('region', { name: 'Pour aller plus loin : niveau 2' });
    await expect(
      further.getByRole('button', {
        name: /Niveau 2 · Après « Je découvre la souris ».*Je progresse avec la souris/,
      }),
    ).toBeVisible();
    await expect(further.getByRole('button')).toHaveCount(3);
    await page.getByRole('button', { name: /Étape 1.*Je découvre la souris/ }).tap();
    await expect(page.getByRole('heading', { level: 2, name: 'Avant de commencer' })).toBeVisible();
    await expect(page.getByText(/Posez la main sur la souris sans serrer/)).toBeVisible();
    await expect(page.getByRole('img', { name: /la main posée sur la souris/ })).toBeVisible();
    // The practice waits behind the lesson.
    await expect(page.getByRole('button', { name: 'Cible 1 sur 6' })).toHaveCount(0);
    await expect(lessonStart(page)).toBeInViewport();
    await lessonStart(page).tap();
    await expect(page.getByRole('button', { name: 'Cible 1 sur 6' })).toBeVisible();
    await expect(page.getByText(/Une cible ronde apparaît/)).toBeVisible();
    await context.close();
  });

  test('by keyboard only: Tab to a parcours, Enter, then Enter on the lesson’s button', async ({
    page,
  }) => {
    await openKiosk(page);
    const attract = page.getByRole('button', { name: /Touchez l’écran pour commencer/ });
    await expect(attract).toBeVisible();
    for (let i = 0; i < 20 && !(await attract.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const keyboardCard = page.getByRole('button', { name: /Étape 2.*Je découvre le clavier/ });
    await expect(keyboardCard).toBeVisible();
    for (let i = 0; i < 30; i++) {
      if (await keyboardCard.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(keyboardCard).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Quatre touches servent tout le temps/)).toBeVisible();
    const start = lessonStart(page);
    for (let i = 0; i < 15; i++) {
      if (await start.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(start).toBeFocused();
    await page.keyboard.press('Enter');
    // The practice opens on its title (read by screen readers); the first key asked counts
    // from there, without Tab to a zone.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Les touches importantes' }),
    ).toBeFocused();
    await expect(page.getByText('Appuyez sur la touche Entrée')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Appuyez sur la touche Espace')).toBeVisible();
  });

  test('the animation moves, and rests on the picture of the gesture with reduced motion', async ({
    browser,
  }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await openParcoursList(page);
      await page
        .getByRole('button', { name: /Je découvre le clavier/ })
        .first()
        .click();
      const lit = page.locator('.lesson-key-lit').first();
      await expect(lit).toBeAttached();
      const style = await lit.evaluate((el) => {
        const s = getComputedStyle(el);
        return { name: s.animationName, opacity: s.opacity };
      });
      if (reducedMotion === 'reduce') expect(style).toEqual({ name: 'none', opacity: '1' });
      else expect(style.name).toBe('lesson-turn');
      await context.close();
    }
  });

  for (const lang of ['fr', 'en'] as const) {
    for (const contrast of ['normal', 'high'] as const) {
      test(`list and lesson: no serious axe violation (${lang}, ${contrast} contrast)`, async ({
        page,
      }) => {
        await openParcoursList(page, { lang });
        if (contrast === 'high')
          await page
            .getByRole('button', { name: lang === 'fr' ? 'Contraste élevé' : 'High contrast' })
            .click();
        await expectNoSeriousA11yViolations(page, `parcours list ${lang} ${contrast}`);
        await page
          .getByRole('button', {
            name: lang === 'fr' ? /Je découvre le clavier/ : /I discover the keyboard/,
          })
          .first()
          .click();
        await expect(lessonStart(page)).toBeVisible();
        await expect(
          page.getByRole('heading', {
            level: 2,
            name: lang === 'fr' ? 'Avant de commencer' : 'Before you start',
          }),
        ).toBeVisible();
        await expectNoSeriousA11yViolations(page, `lesson ${lang} ${contrast}`);
        if (contrast === 'high') await keepScreenshot(page, `citizen-lesson-high-contrast-${lang}`);
      });
    }
  }

  test('at 1366×768 with the largest text: the lesson fits the width and is kept as a screenshot', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await openParcoursList(page);
    await page.getByRole('button', { name: 'Texte très grand' }).click();
    await keepScreenshot(page, 'citizen-parcours-list-xlarge-text');
    await page
      .getByRole('button', { name: /Je découvre le clavier/ })
      .first()
      .click();
    // Fourth exercise of the parcours: the @ lesson (Alt Gr and the à/0 key).
    for (let i = 0; i < 3; i++) {
      const title = await page.getByRole('heading', { level: 1 }).textContent();
      await page.getByRole('button', { name: /^Passer/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title ?? '');
    }
    await expect(page.getByText(/Pour faire @, gardez la touche Alt Gr enfoncée/)).toBeVisible();
    const animation = page.getByRole('img', { name: /Alt Gr est enfoncée/ });
    await expect(animation).toBeVisible();
    await expect(animation.getByText('Alt Gr', { exact: true })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await keepScreenshot(page, 'citizen-lesson-xlarge-text');
    await lessonStart(page).scrollIntoViewIfNeeded();
    await expect(lessonStart(page)).toBeInViewport();
    await context.close();
  });

  test('at 1366×768 with the largest text, by touch: the lesson’s button is in view before any scrolling', async ({
    browser,
  }) => {
    const { context, page } = await parcoursListByTouch(browser);
    await page.getByRole('button', { name: 'Texte très grand' }).tap();
    await page.getByRole('button', { name: /Étape 1.*Je découvre la souris/ }).tap();
    await expect(page.getByRole('heading', { level: 2, name: 'Avant de commencer' })).toBeVisible();
    // Taller than the screen at this size: the page scrolls, the button need not.
    const scrollable = await page.evaluate(
      () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
    );
    expect(scrollable).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(lessonStart(page)).toBeInViewport({ ratio: 1 });
    await lessonStart(page).tap();
    await expect(page.getByRole('button', { name: 'Cible 1 sur 6' })).toBeVisible();
    await context.close();
  });
});
