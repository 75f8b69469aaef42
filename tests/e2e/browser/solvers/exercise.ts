/**
 * A whole exercise done as the driver's person would: its lesson's button if it opens with
 * one, then each step by its solver, « Bravo » seen and « Continuer » pressed after each.
 */
import type { Page } from '@playwright/test';
import type { Exercise } from '../../../../renderer/features/citizen/content/schema';
import type { LocalizedText } from '../../../../renderer/features/citizen/interactions/types';
import { expect } from '../fixtures';
import type { Driver } from './driver';
import { solverFor } from './index';
import { say, type Lang } from './say';

export async function solveExercise(
  page: Page,
  driver: Driver,
  lang: Lang,
  exercise: Exercise,
): Promise<void> {
  const text = (value: LocalizedText) => value[lang] || value.fr;
  if (exercise.lesson)
    await driver.press(
      page.getByRole('button', { name: say(lang, 'learning:lesson.start'), exact: true }),
    );
  for (const step of exercise.steps) {
    await solverFor(step.type)({
      step,
      exercise,
      driver,
      page,
      mode: driver.mode,
      lang,
      text,
      say: (key, vars) => say(lang, key, vars),
    });
    await expect(page.getByText(say(lang, 'citizen:player.right'))).toBeVisible();
    await driver.press(
      page.getByRole('button', { name: say(lang, 'citizen:player.continue'), exact: true }),
    );
  }
}
