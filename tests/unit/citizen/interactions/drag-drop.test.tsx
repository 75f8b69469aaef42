// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DragDropSort from '../../../../renderer/features/citizen/interactions/drag-drop/DragDropSort';
import { dragDropStep } from '../../../../renderer/features/citizen/interactions/drag-drop/schema';
import { L, renderInteraction } from '../render';

const step = dragDropStep.parse({
  type: 'drag-drop',
  prompt: L('Rangez'),
  items: [
    { id: 'avis', label: L('avis.pdf'), kind: 'document', folder: 'papiers' },
    { id: 'plage', label: L('plage.jpg'), kind: 'photo', folder: 'photos' },
  ],
  folders: [
    { id: 'papiers', label: L('Papiers') },
    { id: 'photos', label: L('Photos') },
  ],
});

describe('drag-drop', () => {
  it('refuses an item aimed at a folder that does not exist', () => {
    const broken = {
      ...step,
      items: [{ id: 'x', label: L('x'), kind: 'photo', folder: 'nulle-part' }],
    };
    expect(dragDropStep.safeParse(broken).success).toBe(false);
  });

  it('tap-tap (mouse or touch): choose a file, then its folder; a wrong folder sends it back', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(DragDropSort, step);
    await user.click(screen.getByRole('button', { name: 'avis.pdf' }));
    expect(screen.getByText(/Fichier choisi : avis.pdf/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ranger dans « Photos »' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-folder' });
    expect(screen.getByRole('button', { name: 'avis.pdf' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'avis.pdf' }));
    await user.click(screen.getByRole('button', { name: 'Ranger dans « Papiers »' }));
    expect(screen.getByRole('list', { name: 'Contenu de « Papiers »' }).textContent).toContain(
      'avis.pdf',
    );
    await user.click(screen.getByRole('button', { name: 'plage.jpg' }));
    await user.click(screen.getByRole('button', { name: 'Ranger dans « Photos »' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('keyboard: Space chooses the file, Enter on the folder puts it there', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(DragDropSort, step);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'avis.pdf' }));
    await user.keyboard(' ');
    screen.getByRole('button', { name: 'Ranger dans « Papiers »' }).focus();
    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'plage.jpg' }).focus();
    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'Ranger dans « Photos »' }).focus();
    await user.keyboard('{Enter}');
    expect(onAttempt).toHaveBeenCalledTimes(1);
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });
});
