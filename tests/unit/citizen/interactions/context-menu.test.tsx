// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ContextMenuTask from '../../../../renderer/features/citizen/interactions/context-menu/ContextMenuTask';
import { contextMenuStep } from '../../../../renderer/features/citizen/interactions/context-menu/schema';
import { L, renderInteraction } from '../render';

const step = contextMenuStep.parse({
  type: 'context-menu',
  prompt: L('Clic droit'),
  item: L('photo.jpg'),
  actions: [
    { id: 'ouvrir', label: L('Ouvrir') },
    { id: 'copier', label: L('Copier') },
  ],
  correctAction: 'copier',
  done: L('Photo copiée'),
});

describe('context-menu', () => {
  it('refuses a correctAction that is not one of the actions', () => {
    expect(contextMenuStep.safeParse({ ...step, correctAction: 'coller' }).success).toBe(false);
  });

  it('a left click explains; a right click opens the menu drawn in the exercise', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(ContextMenuTask, step);
    await user.click(screen.getByRole('button', { name: 'photo.jpg' }));
    expect(screen.getByText(/Ceci était un clic gauche/)).toBeTruthy();
    await user.pointer({
      keys: '[MouseRight]',
      target: screen.getByRole('button', { name: 'photo.jpg' }),
    });
    expect(screen.getByRole('menu', { name: 'Menu du clic droit' })).toBeTruthy();
    await user.click(screen.getByRole('menuitem', { name: 'Ouvrir' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'ouvrir' });
    fireEvent.contextMenu(screen.getByRole('button', { name: 'photo.jpg' }));
    await user.click(screen.getByRole('menuitem', { name: 'Copier' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
    expect(screen.getByText('Photo copiée')).toBeTruthy();
  });

  it('keyboard: Shift+F10 opens, arrows move, Escape closes, Enter chooses', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(ContextMenuTask, step);
    screen.getByRole('button', { name: 'photo.jpg' }).focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Ouvrir' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'photo.jpg' }));
    await user.keyboard('{ContextMenu}');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Copier' }));
    await user.keyboard('{Enter}');
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });
});
