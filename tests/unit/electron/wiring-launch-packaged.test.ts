/**
 * Main-process wiring with a mocked `electron`, as a packaged production build: the debug doors
 * a kiosk user could plant in the environment are ignored, the single-instance lock is taken
 * after the data folder is chosen, and SIGTERM quits cleanly despite the lockdown.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/ipc/contract';
import type { FakeWindowLike } from './fake-electron';
import type { Hoisted } from './main-harness';

const h = vi.hoisted((): Hoisted => ({ state: null, logger: null, packaged: true }));

vi.mock('electron', () => import('./mock-modules').then((m) => m.fakeElectronModule(h)));
vi.mock('electron-updater', () => ({ autoUpdater: {} }));
vi.mock('../../../electron/log/logger', () =>
  import('./mock-modules').then((m) => m.capturedLoggerModule(h)),
);

const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-packaged-'));
const argv = [...process.argv];
const signalListeners = process.listeners('SIGTERM');
let win: FakeWindowLike;

beforeAll(async () => {
  // A planted config that would switch the lockdown off, and a planted data folder.
  writeFileSync(path.join(dir, 'evil.json'), JSON.stringify({ lockdown: false }));
  vi.stubEnv('KIOSQUE_CONFIG', path.join(dir, 'evil.json'));
  vi.stubEnv('KIOSQUE_USER_DATA', path.join(dir, 'planted'));
  process.argv.push('--dev');
  await import('../../../electron/main');
  await vi.waitFor(() => expect(h.state?.windows).toHaveLength(1));
  win = h.state?.windows[0] as FakeWindowLike;
});
afterAll(() => {
  process.argv.splice(0, process.argv.length, ...argv);
  for (const listener of process.listeners('SIGTERM'))
    if (!signalListeners.includes(listener)) process.off('SIGTERM', listener);
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('packaged production build', () => {
  it('ignores --dev, KIOSQUE_CONFIG and KIOSQUE_USER_DATA', async () => {
    const state = h.state;
    if (!state) throw new Error('electron mock not loaded');
    expect(state.calls).not.toContain('app.setPath:userData');
    expect(state.userData).not.toContain('planted');
    expect(win.options.kiosk).toBe(true);
    const info = (await state.ipcHandlers.get(IPC.getBootInfo)?.({
      sender: win.webContents,
      senderFrame: win.webContents.mainFrame,
    })) as { lockdown: boolean; configSource: string | null };
    expect(info.lockdown).toBe(true);
    expect(info.configSource ?? 'defaults').not.toContain('evil.json');
    const log = h.logger?.text() ?? '';
    for (const door of ['--dev', 'KIOSQUE_CONFIG', 'KIOSQUE_USER_DATA'])
      expect(log).toContain(`launch.ignored {"door":"${door}"}`);
  });

  it('quits cleanly on SIGTERM although the lockdown refuses other quits', () => {
    const state = h.state;
    if (!state) throw new Error('electron mock not loaded');
    const refused = { preventDefault: vi.fn() };
    state.appEvents.emit('before-quit', refused);
    expect(refused.preventDefault).toHaveBeenCalled();
    const added = process.listeners('SIGTERM').filter((l) => !signalListeners.includes(l));
    expect(added).toHaveLength(1);
    added[0]?.('SIGTERM');
    expect(state.quit).toBe(1);
    const allowed = { preventDefault: vi.fn() };
    state.appEvents.emit('before-quit', allowed);
    expect(allowed.preventDefault).not.toHaveBeenCalled();
    const close = { preventDefault: vi.fn() };
    win.events.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
  });
});
