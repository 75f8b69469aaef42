// @vitest-environment jsdom
/**
 * The Diagnostic screen's hub password form (Electron, `storedPassword: true`): the typed
 * password goes to main once and leaves the field at once; main's refusals are explained.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KioskContext, type KioskContextValue } from '../../../renderer/app/KioskContext';
import { HubPasswordForm } from '../../../renderer/features/hub/HubPasswordForm';
import { initI18n } from '../../../renderer/i18n';
import { resources } from '../../../renderer/i18n/resources';
import type { Result } from '../../../renderer/platform/types';

// The hub's texts load with the agent area, not at boot: start with every catalogue.
initI18n('fr', resources);

function renderWith(answer: Result) {
  const sent: string[] = [];
  const platform = {
    kind: 'electron',
    hubSetPassword: async (password: string) => {
      sent.push(password);
      return answer;
    },
  };
  // Only the platform is read by this form.
  const value = { platform } as unknown as KioskContextValue;
  render(
    <KioskContext.Provider value={value}>
      <HubPasswordForm />
    </KioskContext.Provider>,
  );
  return sent;
}

const LABEL = /Mot de passe de ce poste pour le serveur central/;

describe('hub password form', () => {
  it('sends the password once, empties the field and says it is kept encrypted', async () => {
    const sent = renderWith({ ok: true });
    const field = screen.getByLabelText(LABEL) as HTMLInputElement;
    expect(field.type).toBe('password');
    await userEvent.type(field, 'Xq7-rT2pLm9wZa4K');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(sent).toEqual(['Xq7-rT2pLm9wZa4K']);
    expect(field.value).toBe('');
    expect((await screen.findByRole('status')).textContent).toContain('chiffré par le système');
  });

  it('explains why a Linux counter without a keyring cannot keep it', async () => {
    renderWith({ ok: false, error: 'no-keyring' });
    await userEvent.type(screen.getByLabelText(LABEL), 'Xq7-rT2pLm9wZa4K');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect((await screen.findByRole('alert')).textContent).toContain('hub.passwordFile');
  });
});
