// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TypingTask, {
  typingFeedbackId,
} from '../../../../renderer/features/citizen/interactions/typing/TypingTask';
import { typingStep } from '../../../../renderer/features/citizen/interactions/typing/schema';
import { L, renderInteraction } from '../render';

const exact = typingStep.parse({
  type: 'typing',
  prompt: L('Tapez'),
  label: L('Votre mot'),
  answer: { accepted: ['Élodie'], tolerances: 'exact' },
});
const email = typingStep.parse({
  type: 'typing',
  prompt: L('Tapez'),
  label: L('Adresse'),
  inputMode: 'email',
  answer: { accepted: ['elodie.lefevre@exemple.fr'], tolerances: ['T1'] },
  mistakes: [
    {
      answer: { accepted: ['elodie.lefevreexemple.fr'], tolerances: ['T1'] },
      feedbackId: 'sans-arobase',
    },
  ],
});

describe('typing', () => {
  it('picks the feedback: known mistake, near miss (capitals/accents), empty, or default', () => {
    expect(typingFeedbackId(email, 'Elodie.LefevreExemple.fr')).toBe('sans-arobase');
    expect(typingFeedbackId(exact, 'elodie')).toBe('accents-capitals');
    expect(typingFeedbackId(exact, '   ')).toBe('empty');
    expect(typingFeedbackId(exact, 'Sophie')).toBeUndefined();
  });

  it('exact: typed by keyboard, Enter submits; the accent matters', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(TypingTask, exact);
    await user.type(screen.getByLabelText('Votre mot'), 'Elodie{Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({
      correct: false,
      feedbackId: 'accents-capitals',
      detail: 'Dans « Élodie », écrivez « É » et non « E » : l’accent compte.',
    });
    expect(document.activeElement).toBe(screen.getByLabelText('Votre mot'));
    await user.clear(screen.getByLabelText('Votre mot'));
    await user.type(screen.getByLabelText('Votre mot'), 'Élodie{Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('exact: a space typed after the word, or doubled, is not a mistake', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(TypingTask, exact);
    await user.type(screen.getByLabelText('Votre mot'), 'Élodie {Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('a wrong answer names its first real mistake, not a generic checklist', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(TypingTask, exact);
    await user.type(screen.getByLabelText('Votre mot'), 'Élodei{Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({
      correct: false,
      detail: 'Dans « Élodie », écrivez « i » et non « e ».',
    });
  });

  it('T1 e-mail: clicked, typed with capitals and spaces, checked with the button', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(TypingTask, email);
    await user.click(screen.getByLabelText('Adresse'));
    await user.keyboard(' Elodie.Lefevre@Exemple.FR ');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });
});
