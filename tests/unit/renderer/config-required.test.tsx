// @vitest-environment jsdom
/**
 * What staff see behind the attract screen's discreet entry for each reason the agent area is
 * closed (the browser e2e covers the browser kiosk's cases; these include Electron's own:
 * an invalid or missing hash in the machine config).
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigRequiredNotice } from '../../../renderer/features/attract/ConfigRequiredNotice';
import { initI18n } from '../../../renderer/i18n';
import { loadNamespaces } from '../../../renderer/i18n/catalogues';
import type { ConfigProblem } from '../../../renderer/platform/types';

// The notice loads with its namespace (AttractScreen), as here.
beforeAll(async () => {
  initI18n('fr');
  await loadNamespaces(['access']);
});
const PATH = 'C:\\ProgramData\\KiosqueNumerique\\config.json';

const cases: [ConfigProblem, string, string][] = [
  [
    { reason: 'invalid-hash', path: PATH },
    `l’empreinte adminPinHash du fichier de configuration est invalide : ${PATH}`,
    'npm run hash-pin',
  ],
  [
    { reason: 'no-hash', path: PATH },
    `le fichier de configuration ne contient pas de code administrateur : ${PATH}`,
    'Ajoutez adminPinHash',
  ],
  [
    { reason: 'not-found', path: 'D:\\conf\\accueil.json' },
    'le fichier de configuration indiqué n’existe pas : D:\\conf\\accueil.json',
    '--config ou KIOSQUE_CONFIG',
  ],
  [
    { reason: 'unreadable', path: PATH, detail: 'EPERM' },
    `le fichier de configuration ne peut pas être lu (EPERM) : ${PATH}`,
    'lecture pour le compte kiosque',
  ],
];

describe('Configuration requise notice', () => {
  it.each(cases)('names the reason and what IT must do (%o)', async (problem, reason, action) => {
    let closed = false;
    render(<ConfigRequiredNotice problem={problem} onClose={() => (closed = true)} />);
    const notice = screen.getByRole('alert');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Configuration requise' }),
    );
    expect(notice.textContent).toContain(reason);
    expect(notice.textContent).toContain(action);
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(closed).toBe(true);
  });
});
