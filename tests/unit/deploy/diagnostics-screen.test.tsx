// @vitest-environment jsdom
/**
 * The Diagnostic section as the Electron app shows it (the browser e2e covers the browser
 * kiosk): host facts from main, the log tail, the updater state, the support bundle.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KioskContext, type KioskContextValue } from '../../../renderer/app/KioskContext';
import { DEFAULT_DISPLAY } from '../../../renderer/app/screens';
import { createServices } from '../../../renderer/app/services';
import { readyServices } from '../../../renderer/app/servicesHandle';
import { openDb } from '../../../renderer/data/db';
import DiagnosticsScreen from '../../../renderer/features/admin/diagnostics/DiagnosticsScreen';
import { initI18n } from '../../../renderer/i18n';
import { resources } from '../../../renderer/i18n/resources';
import type { BootInfo, MainDiagnostics, Platform } from '../../../renderer/platform/types';
import { DEFAULT_CONFIG, publicConfig } from '../../../electron/shared/config-schema';
import type { Language } from '../../../electron/shared/config-schema';

const HOST: MainDiagnostics = {
  logFolder: 'C:\\ProgramData\\KiosqueNumerique\\logs',
  logTail: [
    '[2026-03-02 08:00:00.000] [info] app.start {"version":"0.1.0"}',
    '[2026-03-02 08:00:01.000] [warn] lockdown.blocked {"count":3}',
  ],
  userDataFolder: 'C:\\Users\\kiosque\\AppData\\Roaming\\Kiosque Numérique',
  backupFolder: 'D:\\Sauvegardes',
  lastBackup: {
    name: 'sauvegarde-2026-03-01.json',
    size: 2048,
    modifiedAt: '2026-03-01T17:30:00.000Z',
  },
  updates: { enabled: true, state: 'downloaded' },
};

const BOOT: BootInfo = {
  config: {
    ...publicConfig(DEFAULT_CONFIG),
    siteId: 'mairie-test',
    siteName: 'Mairie de Test',
    posteId: 'poste-2',
  },
  configSource: 'C:\\ProgramData\\KiosqueNumerique\\config.json',
  configIssues: [],
  adminPin: 'configured',
  adminAccess: { state: 'ready', pin: 'configured' },
  configHashIgnored: false,
  lockdown: true,
  versions: { app: '0.1.0', electron: '45.5.0', chrome: '142.0.7444.52', node: '22.20.0' },
  platform: 'win32',
};

function renderScreen(platform: Partial<Platform>, language: Language = 'fr') {
  initI18n(language, resources);
  const full = {
    kind: 'electron',
    importFrom: 'backup-folder',
    getDiagnostics: vi.fn(async () => HOST),
    writeSupportBundle: vi.fn(async () => ({
      ok: true as const,
      path: 'D:\\Sauvegardes\\support-poste-2-20260302-080000.json',
    })),
    ...platform,
  } as Platform;
  const value: KioskContextValue = {
    platform: full,
    services: readyServices(createServices(openDb('diagnostics-screen'))),
    boot: BOOT,
    screen: { name: 'agent' },
    go: vi.fn(),
    language,
    setLanguage: vi.fn(),
    display: DEFAULT_DISPLAY,
    setDisplay: vi.fn(),
    resetToAttract: vi.fn(),
  };
  render(
    <KioskContext.Provider value={value}>
      <DiagnosticsScreen
        session={{ role: 'admin', agentCode: null, displayName: 'Administrateur' }}
        lock={vi.fn()}
        open={vi.fn()}
        menu={[]}
      />
    </KioskContext.Provider>,
  );
  return { platform: full, user: userEvent.setup() };
}

describe('DiagnosticsScreen (Electron)', () => {
  it('shows versions, folders, the last backup, the updater state and the log tail', async () => {
    renderScreen({});
    expect(screen.getByRole('heading', { level: 1, name: 'Diagnostic' })).toBeTruthy();
    const versions = screen.getByRole('region', { name: 'Versions' });
    expect(within(versions).getByText('45.5.0')).toBeTruthy();
    expect(within(versions).getByText('142.0.7444.52')).toBeTruthy();
    expect(within(versions).getByText('22.20.0')).toBeTruthy();
    expect(screen.getByText('Application Electron (win32)')).toBeTruthy();
    expect(screen.getByText('C:\\ProgramData\\KiosqueNumerique\\config.json')).toBeTruthy();
    expect(screen.getByText('Le fichier est valide.')).toBeTruthy();

    const folders = await screen.findByRole('region', { name: 'Dossiers et sauvegarde' });
    expect(within(folders).getByText('D:\\Sauvegardes')).toBeTruthy();
    expect(
      within(folders).getByText(/^sauvegarde-2026-03-01\.json, 1 mars 2026 .* \(2 Ko\)$/),
    ).toBeTruthy();
    expect(within(folders).getByText('C:\\ProgramData\\KiosqueNumerique\\logs')).toBeTruthy();
    expect(screen.getByText(/prête : installation dès que le poste reste inoccupé/)).toBeTruthy();

    const log = screen.getByRole('region', { name: 'Journal technique, 2 dernières lignes' });
    expect(log.textContent).toContain('lockdown.blocked {"count":3}');
    expect(log.getAttribute('tabindex')).toBe('0');
  });

  it('writes a support bundle with counts only, and shows where it went', async () => {
    const { platform, user } = renderScreen({});
    await user.click(await screen.findByRole('button', { name: 'Créer un dossier d’assistance' }));
    expect(
      await screen.findByText(
        'Dossier d’assistance enregistré : D:\\Sauvegardes\\support-poste-2-20260302-080000.json',
      ),
    ).toBeTruthy();
    const facts = vi.mocked(platform.writeSupportBundle).mock.calls[0]?.[0] ?? {};
    expect(Object.keys(facts).sort()).toEqual(
      expect.arrayContaining([
        'config.issueCount',
        'db.journalDays',
        'db.agents',
        'renderer.language',
        'storage.persisted',
      ]),
    );
    for (const value of Object.values(facts))
      expect(['number', 'boolean', 'string', 'object']).toContain(typeof value);
    expect(JSON.stringify(facts)).not.toMatch(/pbkdf2|Mairie/);
  });

  it('says why a support bundle could not be written', async () => {
    const { user } = renderScreen({
      writeSupportBundle: vi.fn(async () => ({ ok: false as const, error: 'not-writable' })),
    });
    await user.click(await screen.findByRole('button', { name: 'Créer un dossier d’assistance' }));
    expect(
      await screen.findByText(
        'Le dossier d’assistance n’a pas pu être enregistré (écriture interdite dans ce dossier).',
      ),
    ).toBeTruthy();
  });

  it('reports a host that cannot answer, and still shows what the renderer knows', async () => {
    renderScreen({ getDiagnostics: vi.fn(() => Promise.reject(new Error('ipc-refused'))) });
    expect((await screen.findByRole('alert')).textContent).toBe('ipc-refused');
    expect(
      screen.getByRole('table', { name: 'Nombre de lignes par table de la base locale' }),
    ).toBeTruthy();
    expect(screen.getByText('Mairie de Test (mairie-test)')).toBeTruthy();
  });

  it('speaks English', async () => {
    renderScreen({}, 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Diagnostics' })).toBeTruthy();
    expect(await screen.findByText(/ready: installs once the counter sits unused/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create a support bundle' })).toBeTruthy();
  });
});
