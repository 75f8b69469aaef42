// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AbCards from '../../../../renderer/features/citizen/interactions/ab-cards/AbCards';
import { abCardsStep } from '../../../../renderer/features/citizen/interactions/ab-cards/schema';
import { L, renderInteraction } from '../render';

const card = (id: string, a: string, b: string, correct: 'a' | 'b') => ({
  id,
  question: L(`Question ${id}`),
  a: L(a),
  b: L(b),
  correct,
});
const step = abCardsStep.parse({
  type: 'ab-cards',
  prompt: L('Choisissez'),
  cards: [card('date', '12 mars', '12/03/1985', 'b'), card('cp', '34000', 'Montpellier', 'a')],
});

describe('ab-cards', () => {
  it('allows at most six cards', () => {
    const seven = Array.from({ length: 7 }, (_, i) => card(`c${i}`, 'a', 'b', 'a'));
    expect(abCardsStep.safeParse({ ...step, cards: seven }).success).toBe(false);
  });

  it('mouse: a wrong pick gives the card’s feedback id and keeps the card; right picks move on', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(AbCards, step);
    expect(screen.getByText('Carte 1 sur 2')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '12 mars' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'date' });
    expect(screen.getByText('Carte 1 sur 2')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '12/03/1985' }));
    expect(screen.getByRole('heading', { name: 'Question cp' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '34000' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('keyboard: the next question takes focus, Tab to the proposal, Enter', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(AbCards, step);
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question cp' }));
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });
});
