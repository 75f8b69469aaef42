// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import FileExplorer from '../../../renderer/features/citizen/interactions/file-explorer/FileExplorer';
import { fileExplorerStep } from '../../../renderer/features/citizen/interactions/file-explorer/schema';
import { renderStep, stepOf } from './harness';

const open = stepOf('find-downloaded-pdf', 'file-explorer');
const which = stepOf('which-folder-photo', 'file-explorer');

describe('file-explorer', () => {
  it('finds and opens the PDF by double-click, after a wrong file (mouse)', async () => {
    const { user, onAttempt } = renderStep(FileExplorer, open);
    expect(screen.getByRole('heading', { name: 'Documents' })).toBeTruthy();
    const folders = screen.getByRole('navigation', { name: 'Dossiers' });
    await user.click(within(folders).getByRole('button', { name: 'Téléchargements' }));
    await user.dblClick(screen.getByRole('button', { name: /avis-imposition-2025\.pdf/ }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-file' });
    await user.click(screen.getByRole('button', { name: 'Fermer le document' }));
    await user.dblClick(screen.getByRole('button', { name: /avis-imposition-2026\.pdf/ }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
    expect(screen.getByRole('region', { name: 'avis-imposition-2026.pdf' })).toBeTruthy();
  });

  it('a double click whose first click was on something else only selects the file', async () => {
    const { user, onAttempt } = renderStep(FileExplorer, open);
    const folders = screen.getByRole('navigation', { name: 'Dossiers' });
    await user.click(within(folders).getByRole('button', { name: 'Téléchargements' }));
    const file = screen.getByRole('button', { name: /avis-imposition-2026\.pdf/ });
    // The browser's count: the second click at this spot, the first was on what was here before.
    fireEvent.click(file, { detail: 2 });
    fireEvent.dblClick(file, { detail: 2 });
    expect(onAttempt).not.toHaveBeenCalled();
    expect(file.getAttribute('aria-pressed')).toBe('true');
  });

  it('selects then opens with the "Ouvrir" button, keyboard only', async () => {
    const { user, onAttempt } = renderStep(FileExplorer, open);
    await user.keyboard('{Tab}{Enter}'); // first folder: Téléchargements
    await user.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}'); // past the two other folders, to the third file
    expect(document.activeElement?.textContent).toMatch(/avis-imposition-2026\.pdf/);
    await user.keyboard('{Enter}');
    expect(document.activeElement?.getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Tab}{Tab}{Enter}'); // past the last file, to "Ouvrir"
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });

  it('says "which folder" right only in the folder holding the file', async () => {
    const { user, onAttempt } = renderStep(FileExplorer, which);
    await user.click(screen.getByRole('button', { name: 'Le fichier est dans ce dossier' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-folder' });
    await user.click(screen.getByRole('button', { name: 'Images' }));
    await user.click(screen.getByRole('button', { name: 'Le fichier est dans ce dossier' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('keeps "Ouvrir" disabled until a file is selected', () => {
    renderStep(FileExplorer, open);
    expect((screen.getByRole('button', { name: 'Ouvrir' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('rejects a sought file that is in no folder, with its path', () => {
    const result = fileExplorerStep.safeParse({ ...open, file: 'absent.pdf' });
    expect(result.error?.issues[0]?.path).toEqual(['file']);
  });
});
