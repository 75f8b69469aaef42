/**
 * Every exercise of every parcours, completed the way each kind of person would, reading the
 * content files: by taps alone (French, English and Arabic at 1366×768, and French at
 * 1920×1080), by keyboard alone and by mouse alone (French, 1366×768), always with the largest
 * text size. Arabic, a language added as content, reads right to left; its simulated French
 * sites keep their French words (solvers/say.ts).
 * Each interaction type has its solver in ./solvers; a step type without one fails the run.
 */
import type { Page } from '@playwright/test';
import { test, expect, openKiosk } from './fixtures';
import { loadContent } from './solvers/content';
import { createDriver, type Driver, type Mode } from './solvers/driver';
import { solverFor } from './solvers/index';
import { solveExercise } from './solvers/exercise';
import { containing } from './solvers/names';
import { say, type Lang } from './solvers/say';
import type { LocalizedText } from '../../../renderer/features/citizen/interactions/types';

const CONTENT = loadContent();
const CONTENT_IN: Record<Lang, typeof CONTENT> = {
  fr: CONTENT,
  en: CONTENT,
  ar: loadContent('ar'),
};
/** Arabic is added as content: the machine config enables it. */
const WITH_ARABIC = { languages: { default: 'fr', enabled: ['fr', 'en', 'ar'] } };

interface Run {
  mode: Mode;
  lang: Lang;
  width: number;
  height: number;
}

const RUNS: Run[] = [
  { mode: 'touch', lang: 'fr', width: 1366, height: 768 },
  { mode: 'touch', lang: 'en', width: 1366, height: 768 },
  { mode: 'touch', lang: 'ar', width: 1366, height: 768 },
  { mode: 'touch', lang: 'fr', width: 1920, height: 1080 },
  { mode: 'keyboard', lang: 'fr', width: 1366, height: 768 },
  { mode: 'mouse', lang: 'fr', width: 1366, height: 768 },
];

test('every interaction type of the content has an e2e solver', () => {
  const types = new Set(
    CONTENT.flatMap((p) => p.exercises.flatMap((e) => e.steps.map((s) => s.type))),
  );
  for (const type of types) expect(() => solverFor(type), type).not.toThrow();
  expect(CONTENT.length).toBeGreaterThan(0);
});

/** Attract screen → (English) → largest text → the parcours list, in the run's mode. */
async function openList(page: Page, driver: Driver, lang: Lang): Promise<void> {
  if (lang === 'en') await driver.press(page.getByRole('button', { name: 'English' }));
  if (lang === 'ar') {
    await driver.press(page.getByRole('button', { name: 'العربية' }));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  }
  await driver.press(page.getByRole('button', { name: containing(say(lang, 'attract.start')) }));
  await expect(
    page.getByRole('heading', { level: 1, name: say(lang, 'citizen:parcours.heading') }),
  ).toBeVisible();
  const largest = page
    .getByRole('group', { name: say(lang, 'a11y.textSize') })
    .getByRole('button')
    .last();
  await driver.press(largest);
  await expect(largest).toHaveAttribute('aria-pressed', 'true');
}

for (const run of RUNS) {
  test.describe(`${run.mode} ${run.lang} ${run.width}×${run.height}`, () => {
    test.use({
      hasTouch: run.mode === 'touch',
      viewport: { width: run.width, height: run.height },
    });

    for (const { parcours, exercises } of CONTENT_IN[run.lang]) {
      test(`${parcours.id}: ${exercises.length} exercises`, async ({ page }) => {
        const text = (value: LocalizedText) => value[run.lang] || value.fr;
        const driver = createDriver(page, run.mode, run.lang);
        // Mouse only: no physical keyboard, so the on-screen keyboard is always there.
        await openKiosk(page, {
          config: {
            ...(run.mode === 'mouse' ? { onScreenKeyboard: 'always' } : {}),
            ...(run.lang === 'ar' ? WITH_ARABIC : {}),
          },
        });
        await openList(page, driver, run.lang);
        await driver.press(
          page.getByRole('button', { name: containing(text(parcours.title)) }).first(),
        );
        for (const [i, exercise] of exercises.entries()) {
          await expect(
            page.getByText(
              say(run.lang, 'citizen:player.progress', { n: i + 1, count: exercises.length }),
            ),
          ).toBeVisible();
          await expect(
            page.getByRole('heading', { level: 1, name: text(exercise.title) }),
          ).toBeVisible();
          // A lesson may come first: read, then « Je commence l’exercice ».
          await solveExercise(page, driver, run.lang, exercise);
        }
        await expect(
          page.getByRole('heading', {
            level: 1,
            name: say(run.lang, 'ending:title.all', { title: text(parcours.title) }),
          }),
        ).toBeVisible();
      });
    }
  });
}
