// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import FranceConnect from '../../../renderer/features/citizen/interactions/franceconnect/FranceConnect';
import {
  codeMatches,
  identifierMatches,
  passwordMatches,
} from '../../../renderer/features/citizen/interactions/franceconnect/stages';
import { renderStep, stepOf } from './harness';

const signIn = stepOf('franceconnect-sign-in', 'franceconnect');
const smsCode = stepOf('sms-code', 'franceconnect');

describe('franceconnect', () => {
  it('signs in through every screen, with feedback for each mistake (mouse)', async () => {
    const { user, onAttempt } = renderStep(FranceConnect, signIn);
    expect(screen.getByText('www.caf.fr')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'S’identifier avec FranceConnect' }));
    expect(screen.getByText('app.franceconnect.gouv.fr')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'ameli.fr' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-provider' });
    await user.click(screen.getByRole('button', { name: 'impots.gouv' }));

    // The fictitious account is shown beside the form.
    expect(
      screen.getByRole('complementary', { name: 'Votre compte fictif pour l’exercice' })
        .textContent,
    ).toContain('1234567890123');
    await user.type(screen.getByLabelText('Identifiant'), '1234567890123');
    await user.type(screen.getByLabelText('Mot de passe'), 'exemple-kiosque-26');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(onAttempt).toHaveBeenLastCalledWith({
      correct: false,
      feedbackId: 'wrong-credentials',
      detail: 'Dans « Exemple-Kiosque-26 », le « e » doit être une majuscule : « E ».',
    });
    await user.clear(screen.getByLabelText('Mot de passe'));
    // A space after the password (invisible in the field) is not a mistake.
    await user.type(screen.getByLabelText('Mot de passe'), 'Exemple-Kiosque-26 ');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(
      screen.getByRole('complementary', { name: 'Téléphone (simulation)' }).textContent,
    ).toContain('739214');
    await user.type(screen.getByLabelText('Code à 6 chiffres reçu par SMS'), '739241');
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-code' });
    await user.clear(screen.getByLabelText('Code à 6 chiffres reçu par SMS'));
    await user.type(screen.getByLabelText('Code à 6 chiffres reçu par SMS'), '739 214');
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
    expect(screen.getByText('Vous êtes connecté.')).toBeTruthy();
  });

  it('can be done with the keyboard alone, focus following each screen', async () => {
    const { user, onAttempt } = renderStep(FranceConnect, signIn);
    await user.keyboard('{Tab}{Enter}');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: /je choisis un compte/ }),
    );
    await user.keyboard('{Tab}{Enter}'); // first provider: impots.gouv
    await user.keyboard('{Tab}1234567890123{Tab}Exemple-Kiosque-26{Enter}');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Vérification par SMS' }),
    );
    await user.keyboard('{Tab}739214{Enter}');
    expect(onAttempt).toHaveBeenCalledTimes(1);
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
  });

  it('starts at the SMS code for the code-only exercise, and refuses an empty code', async () => {
    const { user, onAttempt } = renderStep(FranceConnect, smsCode);
    expect(screen.getByRole('heading', { name: 'Vérification par SMS' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'empty' });
    await user.type(screen.getByLabelText('Code à 6 chiffres reçu par SMS'), '508316{Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('compares identifiers and codes without spaces', () => {
    expect(identifierMatches(' 123 456 ', '123456')).toBe(true);
    expect(codeMatches('50 83 16', '508316')).toBe(true);
    expect(codeMatches('508317', '508316')).toBe(false);
    expect(passwordMatches('Exemple-Kiosque-26 ', 'Exemple-Kiosque-26')).toBe(true);
    expect(passwordMatches('Exemple-Kiosque 26', 'Exemple-Kiosque-26')).toBe(false);
  });
});
