// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ChoiceTask, {
  gradeChoice,
} from '../../../../renderer/features/citizen/interactions/choice/ChoiceTask';
import { choiceStep } from '../../../../renderer/features/citizen/interactions/choice/schema';
import { L, renderInteraction } from '../render';

const choices = [
  { id: 'nom', label: L('Nom *'), correct: true },
  { id: 'cp', label: L('Code postal *'), correct: true },
  { id: 'fixe', label: L('Téléphone fixe'), correct: false },
];
const single = choiceStep.parse({
  type: 'choice',
  question: L('Laquelle ?'),
  choices: choices.map((c) => ({ ...c, correct: c.id === 'nom' })),
});
const multiple = choiceStep.parse({
  type: 'choice',
  question: L('Lesquelles ?'),
  multiple: true,
  choices,
});

describe('choice', () => {
  it('a single choice needs exactly one right answer', () => {
    expect(choiceStep.safeParse({ ...single, choices }).success).toBe(false);
  });
  it('grades by id: wrong pick first, then a missed right answer', () => {
    expect(gradeChoice(multiple, ['nom', 'fixe'])).toEqual({ correct: false, feedbackId: 'fixe' });
    expect(gradeChoice(multiple, ['nom'])).toEqual({ correct: false, feedbackId: 'missing' });
    expect(gradeChoice(multiple, ['cp', 'nom'])).toEqual({ correct: true });
  });

  it('single, mouse: a tap answers at once with feedback per answer', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(ChoiceTask, single);
    await user.click(screen.getByRole('button', { name: 'Téléphone fixe' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'fixe' });
    await user.click(screen.getByRole('button', { name: 'Nom *' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('multiple, keyboard: Space ticks, then "Valider"', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(ChoiceTask, multiple);
    expect((screen.getByRole('button', { name: 'Valider' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    expect(
      screen.getByRole('checkbox', { name: 'Code postal *' }).getAttribute('aria-checked'),
    ).toBe('true');
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });
});
