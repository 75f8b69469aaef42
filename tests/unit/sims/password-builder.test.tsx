// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import PasswordBuilder from '../../../renderer/features/citizen/interactions/password-builder/PasswordBuilder';
import { renderStep, stepOf } from './harness';

const step = stepOf('passphrase-builder', 'password-builder');

describe('password builder', () => {
  it('explains why a weak password is weak, then accepts a strong passphrase (mouse)', async () => {
    const { user, onAttempt } = renderStep(PasswordBuilder, step);
    const field = screen.getByLabelText('Votre phrase de passe (inventée pour l’exercice)');
    await user.type(field, 'soleil');
    expect(
      screen
        .getByRole('meter', { name: 'Solidité du mot de passe' })
        .getAttribute('aria-valuetext'),
    ).toEqual('très faible');
    await user.click(screen.getByRole('button', { name: 'Valider ce mot de passe' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'too-short' });

    // The example shown on screen, copied: everyone who reads it knows it.
    await user.clear(field);
    await user.type(field, 'Velo-Orange-Pluie-7');
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toEqual('faible');
    await user.click(screen.getByRole('button', { name: 'Valider ce mot de passe' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'common-word' });

    await user.clear(field);
    await user.type(field, 'Tortue-Lampe-Soupe-42');
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toEqual(
      expect.stringMatching(/forte/),
    );
    expect(screen.getByText(/Au moins 12 caractères/).textContent).toContain('respecté');
    await user.click(screen.getByRole('button', { name: 'Valider ce mot de passe' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('names the missing rule for a common password, and works with the keyboard alone', async () => {
    const { user, onAttempt } = renderStep(PasswordBuilder, step);
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByLabelText('Votre phrase de passe (inventée pour l’exercice)'),
    );
    await user.keyboard('Motdepasse-2026{Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'common-word' });
  });

  it('shows and hides what is typed', async () => {
    const { user } = renderStep(PasswordBuilder, step);
    const field = screen.getByLabelText('Votre phrase de passe (inventée pour l’exercice)');
    expect(field.getAttribute('type')).toEqual('password');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(field.getAttribute('type')).toEqual('text');
    await user.click(screen.getByRole('button', { name: 'Masquer' }));
    expect(field.getAttribute('type')).toEqual('password');
  });

  it('warns when Caps Lock is on', async () => {
    const { user } = renderStep(PasswordBuilder, step);
    await user.click(screen.getByLabelText('Votre phrase de passe (inventée pour l’exercice)'));
    expect(screen.queryByText(/Verr. Maj. est activée/)).toBeNull();
    await user.keyboard('{CapsLock}a');
    expect(screen.getByText(/Verr. Maj. est activée/)).toBeTruthy();
    await user.keyboard('{CapsLock}b');
    expect(screen.queryByText(/Verr. Maj. est activée/)).toBeNull();
  });

  it('refuses an empty field with its own feedback', async () => {
    const { user, onAttempt } = renderStep(PasswordBuilder, step);
    await user.click(screen.getByRole('button', { name: 'Valider ce mot de passe' }));
    expect(onAttempt).toHaveBeenCalledWith({ correct: false, feedbackId: 'empty' });
  });
});
