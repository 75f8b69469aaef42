// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import KeyPress from '../../../../renderer/features/citizen/interactions/key-press/KeyPress';
import { teachableKeyOf } from '../../../../renderer/features/citizen/interactions/key-press/keys';
import { keyPressStep } from '../../../../renderer/features/citizen/interactions/key-press/schema';
import { L, renderInteraction } from '../render';

const step = keyPressStep.parse({
  type: 'key-press',
  prompt: L('Appuyez'),
  keys: ['Enter', 'Space', 'Backspace', 'Shift'],
});

describe('key-press', () => {
  it('maps keyboard events to the keys taught', () => {
    expect(teachableKeyOf(' ')).toBe('Space');
    expect(teachableKeyOf('Enter')).toBe('Enter');
    expect(teachableKeyOf('a')).toBeNull();
  });

  it('keyboard: keys count wherever focus is, except on a control; each named key in turn', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(KeyPress, step);
    // Nothing takes focus on arrival (the player puts it on the title): the page never scrolls.
    expect(document.activeElement).toBe(document.body);
    expect(screen.getByText('Appuyez sur la touche Entrée')).toBeTruthy();
    await user.keyboard('x');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-key' });
    await user.keyboard('{Enter}');
    expect(screen.getByText('Appuyez sur la touche Espace')).toBeTruthy();
    await user.keyboard(' ');
    await user.keyboard('{Backspace}');
    expect(screen.getByText('Appuyez sur la touche Majuscule')).toBeTruthy();
    await user.keyboard('{Shift}');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('keyboard: a key pressed on a button is that button’s, not the exercise’s', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(KeyPress, step);
    const other = document.createElement('button');
    other.textContent = 'Passer';
    document.body.append(other);
    other.focus();
    await user.keyboard('{Enter}x');
    expect(onAttempt).not.toHaveBeenCalled();
    expect(screen.getByText('Appuyez sur la touche Entrée')).toBeTruthy();
    other.remove();
  });

  it('mouse or touch: tapping the highlighted key of the drawing counts', async () => {
    const user = userEvent.setup();
    const { onAttempt, container } = renderInteraction(KeyPress, step);
    for (let i = 0; i < 4; i++) {
      const highlighted = container.querySelector<HTMLElement>('[data-target]');
      if (!highlighted) throw new Error('no highlighted key');
      await user.click(highlighted);
    }
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
    expect(onAttempt).not.toHaveBeenCalledWith(expect.objectContaining({ correct: false }));
  });
});
