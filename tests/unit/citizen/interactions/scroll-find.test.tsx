// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ScrollFind from '../../../../renderer/features/citizen/interactions/scroll-find/ScrollFind';
import { scrollFindStep } from '../../../../renderer/features/citizen/interactions/scroll-find/schema';
import { L, renderInteraction } from '../render';

const step = scrollFindStep.parse({
  type: 'scroll-find',
  prompt: L('Défilez'),
  pageTitle: L('Mairie'),
  sections: [1, 2, 3, 4].map((i) => ({ heading: L(`Titre ${i}`), body: L(`Texte ${i}`) })),
  question: L('Ouvert le samedi ?'),
  choices: [
    { id: 'oui', label: L('Oui') },
    { id: 'non', label: L('Non') },
  ],
  correctChoice: 'non',
});

describe('scroll-find', () => {
  it('shows the long page in a focusable, labelled frame', () => {
    renderInteraction(ScrollFind, step);
    const frame = screen.getByRole('region', { name: 'Page à faire défiler : Mairie' });
    expect(frame.tabIndex).toBe(0);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(4);
  });

  it('mouse: a wrong answer gives its own feedback id, the right one completes', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(ScrollFind, step);
    await user.click(screen.getByRole('button', { name: 'Oui' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'oui' });
    await user.click(screen.getByRole('button', { name: 'Non' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('keyboard: Tab reaches the frame, then the answers', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(ScrollFind, step);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('region'));
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Non' }));
    await user.keyboard('{Enter}');
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });
});
