// @vitest-environment jsdom
/**
 * The browser kiosk paints the attract screen before the config is validated in full
 * (StagedBootInfo): what shows meanwhile, and when the rest is asked for.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, publicConfig } from '../../../electron/shared/config-schema';
import { App, COMPLETE_BOOT_AFTER_MS } from '../../../renderer/app/App';
import { initI18n } from '../../../renderer/i18n';
import type { BootInfo, Platform } from '../../../renderer/platform/types';

vi.mock('../../../renderer/features/citizen/CitizenArea', () => ({
  default: () => <h1>Espace citoyen (test)</h1>,
}));

initI18n('fr');

const FIRST: BootInfo = {
  config: { ...publicConfig(DEFAULT_CONFIG), siteName: 'Mairie de Test' },
  configSource: '/config.json',
  configIssues: [],
  adminPin: 'stored',
  adminAccess: { state: 'ready', pin: 'stored' },
  configHashIgnored: false,
  lockdown: true,
  versions: { app: '0.0.0-test', electron: '', chrome: '', node: '' },
  platform: 'test',
};

const platform = {
  kind: 'web',
  importFrom: 'file-input',
  setActivityState: vi.fn(async () => undefined),
} as unknown as Platform;

function deferred() {
  let resolve: (boot: BootInfo) => void = () => undefined;
  const promise = new Promise<BootInfo>((r) => (resolve = r));
  return { promise, resolve, complete: vi.fn(() => promise) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a staged boot', () => {
  it('asks for the rest once the attract screen has shown a while, then takes it', async () => {
    vi.useFakeTimers();
    const rest = deferred();
    render(<App platform={platform} boot={FIRST} complete={rest.complete} />);
    expect(screen.getByText('Mairie de Test')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Touchez l’écran pour commencer/ })).toBeTruthy();
    await act(async () => vi.advanceTimersByTime(COMPLETE_BOOT_AFTER_MS - 10));
    expect(rest.complete).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(20));
    expect(rest.complete).toHaveBeenCalledTimes(1);
    // The whole boot info replaces the first one (here it names the site otherwise, to see it).
    await act(async () =>
      rest.resolve({ ...FIRST, config: { ...FIRST.config, siteName: 'Mairie complète' } }),
    );
    expect(screen.getByText('Mairie complète')).toBeTruthy();
  });

  it('shows no area on the first boot info: a tap waits for the rest, asked at once', async () => {
    const rest = deferred();
    render(<App platform={platform} boot={FIRST} complete={rest.complete} />);
    await userEvent.click(screen.getByRole('button', { name: /Touchez l’écran pour commencer/ }));
    expect(rest.complete).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Chargement…');
    expect(screen.queryByRole('heading', { name: 'Espace citoyen (test)' })).toBeNull();
    await act(async () => rest.resolve(FIRST));
    expect(
      await screen.findByRole('heading', { name: 'Espace citoyen (test)' }, { timeout: 10_000 }),
    ).toBeTruthy();
  });

  it('opens the « Configuration requise » notice without waiting for the rest', async () => {
    const rest = deferred();
    const problem = { reason: 'unreadable', path: '/config.json', detail: 'HTTP 500' } as const;
    const boot: BootInfo = {
      ...FIRST,
      adminPin: 'missing',
      adminAccess: { state: 'config-required', problem },
    };
    render(<App platform={platform} boot={boot} complete={rest.complete} />);
    await userEvent.click(screen.getByRole('button', { name: 'Configuration requise' }));
    expect((await screen.findByRole('alert')).textContent).toContain('HTTP 500');
  });

  it('a complete first boot info (Electron, a missing file) shows the areas at once', async () => {
    render(<App platform={platform} boot={FIRST} />);
    await userEvent.click(screen.getByRole('button', { name: /Touchez l’écran pour commencer/ }));
    expect(
      await screen.findByRole('heading', { name: 'Espace citoyen (test)' }, { timeout: 10_000 }),
    ).toBeTruthy();
  });
});
