import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, keepScreenshot, openKiosk, test } from './fixtures';
import { horizontalOverflow } from './citizen-helpers';
import { readContentJson } from './solvers/content';

// The Arabic citizen area, as a person who reads Arabic uses it on a touch kiosk: right to
// left, largest text, high contrast, French words of the simulated sites explained.
const arabic = readContentJson<{ status: string }>('locales/ar/language.json');
const config = {
  languages: { default: 'fr', enabled: ['fr', 'en', 'ar'], preview: arabic.status !== 'complete' },
};

test.use({ hasTouch: true, viewport: { width: 1366, height: 768 } });

async function openInArabic(page: Page): Promise<void> {
  await openKiosk(page, { config });
  await page.getByRole('button', { name: 'العربية' }).tap();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
}

async function largestTextAndContrast(page: Page): Promise<void> {
  await page.getByRole('button', { name: /نص كبير جدًا/ }).tap();
  await page.getByRole('button', { name: /تباين عالٍ/ }).tap();
}

test('the page switches to Arabic at once: no frame shows Arabic with French still pressed', async ({
  page,
}) => {
  await openKiosk(page, { config });
  // Every frame from the tap on: the page's language, and which switch button is pressed.
  await page.evaluate(() => {
    const frames: string[] = [];
    (window as { frames_?: string[] }).frames_ = frames;
    const watch = () => {
      const pressed = document.querySelector('.language-switch [aria-pressed="true"]');
      frames.push(`${document.documentElement.lang}:${pressed?.getAttribute('lang') ?? '-'}`);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.getByRole('button', { name: 'العربية' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The frame after that commit may not have run yet: wait for it, then read them all.
  const framesSeen = () => page.evaluate(() => (window as { frames_?: string[] }).frames_ ?? []);
  await expect.poll(framesSeen).toContain('ar:ar');
  const frames = await framesSeen();
  expect(frames.filter((frame) => frame.startsWith('ar:') && frame !== 'ar:ar')).toEqual([]);
});

test('the attract screen and the parcours list read right to left, nothing sticks out', async ({
  page,
}) => {
  await openInArabic(page);
  await expect(
    page.getByRole('heading', { name: 'تدرّب على استعمال الأدوات الرقمية' }),
  ).toBeVisible();
  await keepScreenshot(page, 'ar-attract');
  await expectNoSeriousA11yViolations(page, 'attract (ar)');
  expect(await horizontalOverflow(page)).toEqual([]);

  await page.getByRole('button', { name: 'المس الشاشة للبدء' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'ماذا تريد أن تتعلم؟' })).toBeVisible();
  // Step 1 of the recommended order (a level-2 card also names it, as the one to do first).
  await expect(page.getByRole('button', { name: /أتعرّف على الفأرة/ }).first()).toBeVisible();
  await largestTextAndContrast(page);
  await keepScreenshot(page, 'ar-parcours-list-xl-contrast');
  await expectNoSeriousA11yViolations(page, 'parcours list (ar, largest text, high contrast)');
  expect(await horizontalOverflow(page)).toEqual([]);
});

test('the text size buttons show “A+” and “A++” as written, not mirrored by the right to left', async ({
  page,
}) => {
  await openInArabic(page);
  for (const [name, glyph] of [
    [/^A\+ نص كبير$/, 'A+'],
    [/نص كبير جدًا/, 'A++'],
  ] as const) {
    const shown = page.getByRole('button', { name }).getByText(glyph, { exact: true });
    // Where each character is drawn, left to right on the screen.
    const order = await shown.evaluate((element) => {
      const text = element.firstChild as Text;
      const places = [...(text.data ?? '')].map((char, index) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return { char, left: range.getBoundingClientRect().left };
      });
      return places
        .sort((a, b) => a.left - b.left)
        .map((place) => place.char)
        .join('');
    });
    expect(order).toBe(glyph);
  }
});

test('the French word bank explains each word in Arabic and keeps the word French', async ({
  page,
}) => {
  await openInArabic(page);
  await page.getByRole('button', { name: 'المس الشاشة للبدء' }).tap();
  await page.getByRole('button', { name: /كلمات فرنسية/ }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'الكلمات الفرنسية في المواقع الإلكترونية' }),
  ).toBeVisible();
  const term = page.getByText('Identifiant', { exact: true });
  await expect(term).toHaveAttribute('lang', 'fr');
  await expect(
    page.getByText('الاسم الذي يعرّفك في الموقع، غالبًا عنوان بريدك الإلكتروني أو رقم.'),
  ).toBeVisible();
  await largestTextAndContrast(page);
  await keepScreenshot(page, 'ar-word-bank-xl-contrast');
  await expectNoSeriousA11yViolations(page, 'word bank (ar)');
  expect(await horizontalOverflow(page)).toEqual([]);
  await page.getByRole('button', { name: 'العودة إلى المسارات' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'ماذا تريد أن تتعلم؟' })).toBeVisible();
});

test('a simulated French site keeps its French words and explains them on demand', async ({
  page,
}) => {
  await openInArabic(page);
  await page.getByRole('button', { name: 'المس الشاشة للبدء' }).tap();
  await page.getByRole('button', { name: /أقوم بإجراء إداري عبر الإنترنت/ }).tap();
  // The FranceConnect exercise is the parcours' second: skip the first one.
  await expect(page.getByText('التمرين 1 من 4')).toBeVisible();
  await page.getByRole('button', { name: /^تخطَّ/ }).tap();
  await expect(page.getByText('التمرين 2 من 4')).toBeVisible();
  const connect = page.getByRole('button', { name: /S’identifier avec FranceConnect/ });
  await expect(connect).toBeVisible();
  await expect(connect.locator('[data-term]')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: /الكلمات الفرنسية في هذه الشاشة/ }).tap();
  const panel = page.getByRole('region', { name: 'الكلمات الفرنسية في هذه الشاشة' });
  await expect(panel.getByText('S’identifier avec FranceConnect')).toBeVisible();
  await expect(panel.getByText(/الدخول إلى موقع عمومي بحساب لديك من قبل/)).toBeVisible();
  await largestTextAndContrast(page);
  await keepScreenshot(page, 'ar-french-words-panel');
  await expectNoSeriousA11yViolations(page, 'exercise with French words (ar)');
  expect(await horizontalOverflow(page)).toEqual([]);
});
