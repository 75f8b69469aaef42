/** Shared set-up for the interaction component tests: French i18n and a step parsed by its schema. */
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { vi } from 'vitest';
import { initI18n } from '../../../renderer/i18n';
import { resources } from '../../../renderer/i18n/resources';
import type {
  AttemptResult,
  InteractionProps,
  LocalizedText,
} from '../../../renderer/features/citizen/interactions/types';

initI18n('fr', resources);

export const L = (fr: string, en = fr): LocalizedText => ({ fr, en });

/** Renders an interaction with a spy for its attempts. */
export function renderInteraction<S>(Component: ComponentType<InteractionProps<S>>, step: S) {
  const onAttempt = vi.fn<(result: AttemptResult) => void>();
  const view = render(<Component step={step} lang="fr" onAttempt={onAttempt} text={(t) => t.fr} />);
  return { ...view, onAttempt };
}
