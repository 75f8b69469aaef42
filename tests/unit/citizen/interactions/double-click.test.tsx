// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DoubleClickFolders from '../../../../renderer/features/citizen/interactions/double-click/DoubleClickFolders';
import { doubleClickStep } from '../../../../renderer/features/citizen/interactions/double-click/schema';
import { L, renderInteraction } from '../render';

const step = doubleClickStep.parse({
  type: 'double-click',
  prompt: L('Ouvrez'),
  path: [L('Photos'), L('Famille'), L('Anniversaire')],
  distractors: [L('Documents')],
  finalItem: L('gateau.jpg'),
});

describe('double-click', () => {
  it('a single click only selects; double-clicks open the folders in order', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(DoubleClickFolders, step);
    await user.click(screen.getByRole('button', { name: 'Photos' }));
    expect(screen.getByRole('button', { name: 'Photos' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.queryByRole('button', { name: 'Famille' })).toBeNull();
    await user.dblClick(screen.getByRole('button', { name: 'Photos' }));
    await user.dblClick(screen.getByRole('button', { name: 'Famille' }));
    expect(screen.getByText('Ordinateur › Photos › Famille')).toBeTruthy();
    await user.dblClick(screen.getByRole('button', { name: 'Anniversaire' }));
    expect(screen.getByText('gateau.jpg')).toBeTruthy();
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('a double click whose first click was elsewhere opens nothing, it selects', () => {
    const { onAttempt } = renderInteraction(DoubleClickFolders, step);
    const photos = screen.getByRole('button', { name: 'Photos' });
    // The browser's count: this click is the second at this spot, the first was on something
    // else (the lesson's button, gone since); then comes its dblclick.
    fireEvent.click(photos, { detail: 2 });
    fireEvent.dblClick(photos, { detail: 2 });
    expect(screen.queryByRole('button', { name: 'Famille' })).toBeNull();
    expect(photos.getAttribute('aria-pressed')).toBe('true');
    expect(onAttempt).not.toHaveBeenCalled();
  });

  it('a wrong folder is a mistake with its own feedback id', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(DoubleClickFolders, step);
    await user.dblClick(screen.getByRole('button', { name: 'Documents' }));
    expect(onAttempt).toHaveBeenCalledWith({ correct: false, feedbackId: 'wrong-folder' });
  });

  it('Enter opens the focused folder (keyboard path)', async () => {
    const user = userEvent.setup();
    const { onAttempt } = renderInteraction(DoubleClickFolders, step);
    for (const name of ['Photos', 'Famille', 'Anniversaire']) {
      screen.getByRole('button', { name }).focus();
      await user.keyboard('{Enter}');
    }
    expect(onAttempt).toHaveBeenCalledTimes(1);
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });
});
