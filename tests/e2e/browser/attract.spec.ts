import { test, expect, openKiosk, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';

test.describe('attract screen', () => {
  test('invites the citizen in French, then in English', async ({ page }) => {
    await openKiosk(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Entraînez-vous aux gestes du numérique' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: /Touchez l’écran pour commencer/ }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Practise everyday digital skills' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  for (const lang of ['fr', 'en'] as const) {
    for (const contrast of ['normal', 'high'] as const) {
      test(`has no serious accessibility violation (${lang}, ${contrast} contrast)`, async ({
        page,
      }) => {
        await openKiosk(page);
        if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
        if (contrast === 'high') await page.getByRole('button', { name: /contrast/i }).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSeriousA11yViolations(page, `attract ${lang} ${contrast}`);
        await keepScreenshot(page, `attract-${lang}-${contrast}`);
      });
    }
  }

  test('the language changes in one frame: the page’s language, the pressed button and the texts together', async ({
    page,
  }) => {
    await openKiosk(page);
    // Every frame: the page's language, the pressed button's, and the headline's.
    await page.evaluate(() => {
      const frames: string[] = [];
      Object.assign(window, { languageFrames: frames });
      const watch = () => {
        const pressed = document.querySelector('[aria-pressed="true"][lang]');
        const headline = document.querySelector('h1')?.textContent ?? '';
        const shown = headline.startsWith('Practise') ? 'en' : 'fr';
        frames.push(`${document.documentElement.lang}:${pressed?.getAttribute('lang')}:${shown}`);
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    const framesSeen = () =>
      page.evaluate(() => (window as unknown as { languageFrames: string[] }).languageFrames);
    // English the first time (its texts load), French, then English again (both loaded).
    for (const [name, lang] of [
      ['English', 'en'],
      ['Français', 'fr'],
      ['English', 'en'],
    ] as const) {
      const before = (await framesSeen()).length;
      await page.getByRole('button', { name }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect
        .poll(async () => (await framesSeen()).slice(before))
        .toContain(`${lang}:${lang}:${lang}`);
    }
    const mixed = (await framesSeen()).filter((frame) => new Set(frame.split(':')).size > 1);
    expect(mixed).toEqual([]);
  });

  test('looks right on a 1920×1080 touch screen', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await openKiosk(page);
    const start = page.getByRole('button', { name: /Touchez l’écran pour commencer/ });
    await expect(start).toBeVisible();
    const box = await start.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
    await keepScreenshot(page, 'attract-1920x1080');
    await context.close();
  });

  test('text size and high contrast change what is shown', async ({ page }) => {
    await openKiosk(page);
    const heading = page.getByRole('heading', { level: 1 });
    const before = await heading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.getByRole('button', { name: 'Texte très grand' }).click();
    await expect
      .poll(() => heading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
      .toBeGreaterThan(before * 1.3);
    await page.getByRole('button', { name: 'Contraste élevé' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  });
});
