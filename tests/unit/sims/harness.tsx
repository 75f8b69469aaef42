import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ComponentType } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { Language } from '../../../electron/shared/config-schema';
import {
  exerciseSchema,
  type Exercise,
  type Step,
} from '../../../renderer/features/citizen/content/schema';
import { initI18n } from '../../../renderer/i18n';
import { resources } from '../../../renderer/i18n/resources';
import type {
  AttemptResult,
  InteractionProps,
  LocalizedText,
} from '../../../renderer/features/citizen/interactions/types';

const EXERCISES = path.join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'resources',
  'content',
  'exercises',
);

/** A shipped exercise, validated by the real content schema. */
export function loadExercise(id: string): Exercise {
  return exerciseSchema.parse(JSON.parse(readFileSync(path.join(EXERCISES, `${id}.json`), 'utf8')));
}

/** The first step of a shipped exercise, checked to be of the expected type. */
export function stepOf<T extends Step['type']>(id: string, type: T): Extract<Step, { type: T }> {
  const step = loadExercise(id).steps[0];
  if (step?.type !== type) throw new Error(`${id}: first step is not ${type}`);
  return step as Extract<Step, { type: T }>;
}

/** Renders an interaction as the player would, with a spy for its attempts. */
export function renderStep<S>(
  Component: ComponentType<InteractionProps<S>>,
  step: S,
  lang: Language = 'fr',
) {
  initI18n(lang, resources);
  const onAttempt = vi.fn<(result: AttemptResult) => void>();
  const text = (value: LocalizedText) => value[lang] || value.fr;
  const user = userEvent.setup();
  const view = render(<Component step={step} lang={lang} onAttempt={onAttempt} text={text} />);
  return { ...view, user, onAttempt };
}
