// @vitest-environment jsdom
/**
 * What the Diagnostic and Données screens say of the hub in the cases the browser e2e does not
 * reach (it sees the happy path): days that differ, refused rows, an error in plain words
 * with its detail, what waits and since when; in French and in English.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HubFacts } from '../../../renderer/features/hub/HubStatusPanel';
import type { HubView } from '../../../renderer/features/hub/hubPush';
import { changeLanguage, initI18n } from '../../../renderer/i18n';
import { resources } from '../../../renderer/i18n/resources';

initI18n('fr', resources);

const failing: HubView = {
  lastAttemptAt: '2026-12-01T10:00:00.000Z',
  lastSuccessAt: null,
  reachable: false,
  error: {
    code: 'unreachable',
    message: 'Serveur central injoignable (hub.metropole.local:5432) : réseau, pare-feu…',
  },
  differingDays: [
    { day: '2026-11-28', countPoste: 12, countServeur: 11 },
    { day: '2026-11-30', countPoste: 3, countServeur: 0 },
  ],
  rejected: [{ id: 'a', reason: 'note : ressemble à un numéro de téléphone' }],
  pending: 4,
  oldestPendingAt: '2026-12-01T08:30:00.000Z',
  running: false,
};

const fact = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';

describe('hub status', () => {
  it('says in plain French what failed, what waits and which days differ', async () => {
    let pushed = 0;
    render(
      <HubFacts view={failing} server="hub.metropole.local:5432" onPushNow={() => pushed++} />,
    );
    expect(fact('Serveur')).toBe('hub.metropole.local:5432');
    expect(fact('Joignable')).toBe('non');
    expect(fact('Dernier envoi réussi')).toBe('jamais');
    expect(fact('En attente d’envoi')).toMatch(
      /^4 démarches \(la plus ancienne depuis le 01\/12\/2026/,
    );
    expect(fact('Dernière erreur')).toContain('Serveur central injoignable (réseau, pare-feu');
    expect(fact('Dernière erreur')).toContain(
      'Détail : Serveur central injoignable (hub.metropole.local:5432)',
    );
    const days = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(fact('Comparaison avec le serveur')).toContain('2 jours diffèrent du serveur :');
    expect(days).toContain('28/11/2026 : 12 sur ce poste, 11 sur le serveur');
    expect(days).toContain('30/11/2026 : 3 sur ce poste, 0 sur le serveur');
    expect(screen.getByText(/1 démarche refusée par le serveur/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer maintenant' }));
    expect(pushed).toBe(1);
  });

  it('shows agreement, no error, and a disabled button while a round runs', () => {
    render(
      <HubFacts
        view={{
          ...failing,
          reachable: true,
          error: null,
          differingDays: [],
          rejected: [],
          pending: 0,
          oldestPendingAt: null,
          lastSuccessAt: '2026-12-01T10:05:00.000Z',
          running: true,
        }}
        server="hub:5432"
        onPushNow={() => undefined}
      />,
    );
    expect(fact('Joignable')).toBe('oui');
    expect(fact('En attente d’envoi')).toBe('0 démarche');
    expect(fact('Dernière erreur')).toBe('aucune');
    expect(fact('Comparaison avec le serveur')).toBe(
      'En accord avec le serveur (30 derniers jours).',
    );
    expect(
      (screen.getByRole('button', { name: 'Envoi en cours…' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('speaks English too', async () => {
    await changeLanguage('en');
    try {
      render(<HubFacts view={failing} server="hub:5432" onPushNow={() => undefined} />);
      expect(fact('Reachable')).toBe('no');
      expect(fact('Comparison with the server')).toContain('2 days differ from the server:');
      expect(screen.getByRole('button', { name: 'Send now' })).toBeTruthy();
    } finally {
      await changeLanguage('fr');
    }
  });
});
