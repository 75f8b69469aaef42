// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import SecureSite from '../../../renderer/features/citizen/interactions/secure-site/SecureSite';
import { secureSiteStep } from '../../../renderer/features/citizen/interactions/secure-site/schema';
import { renderStep, stepOf } from './harness';

const step = stepOf('padlock-gouv', 'secure-site');

describe('secure-site', () => {
  it('shows each site in a fake browser with its address and padlock state', () => {
    renderStep(SecureSite, step);
    const a = screen.getByRole('region', { name: 'Navigateur (simulation)\u00a0: site A' });
    expect(within(a).getByText('impots-gouv.fr-paiement.com').tagName).toBe('STRONG');
    expect(within(a).getByText('Non sécurisé')).toBeTruthy();
    const b = screen.getByRole('region', { name: 'Navigateur (simulation)\u00a0: site B' });
    expect(within(b).getByText('Connexion sécurisée')).toBeTruthy();
  });

  it('gives the look-alike’s feedback, then goes through every card (mouse)', async () => {
    const { user, onAttempt } = renderStep(SecureSite, step);
    await user.click(screen.getByRole('button', { name: 'C’est le vrai site\u00a0: A' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'impots-fake' });
    await user.click(screen.getByRole('button', { name: 'C’est le vrai site\u00a0: B' }));
    expect(screen.getByRole('heading', { name: /Carte 2 sur 3/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'C’est le vrai site\u00a0: A' }));
    await user.click(screen.getByRole('button', { name: 'C’est le vrai site\u00a0: B' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
    expect(onAttempt).toHaveBeenCalledTimes(2);
  });

  it('works with the keyboard alone, focus kept on the new card', async () => {
    const { user, onAttempt } = renderStep(SecureSite, step);
    await user.keyboard('{Tab}{Tab}{Enter}'); // card 1: B
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /Carte 2 sur 3/ }));
    await user.keyboard('{Tab}{Enter}'); // card 2: A
    await user.keyboard('{Tab}{Tab}{Enter}'); // card 3: B
    expect(onAttempt).toHaveBeenCalledWith({ correct: true });
    expect(onAttempt).toHaveBeenCalledTimes(1);
  });

  it('rejects a card with two official sites, with its path', () => {
    const broken = structuredClone(step);
    broken.rounds[0]!.sites.forEach((s) => (s.official = true));
    const result = secureSiteStep.safeParse(broken);
    expect(result.error?.issues[0]?.path).toEqual(['rounds', 0, 'sites']);
  });
});
