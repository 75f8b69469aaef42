/**
 * Boots the real electron/main.ts against fake-electron.ts (the test files mock `electron`,
 * `electron-updater` and the logger, then call `bootMain`): a temp config with a known admin
 * PIN, a temp data folder, and helpers to call IPC handlers as a given sender.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, vi } from 'vitest';
import { hashPin } from '../../../electron/shared/pin-hash';
import type { FakeElectronState, FakeWindowLike } from './fake-electron';
import type { captureLogger } from './test-logger';

export const PIN = '482916';

export interface Hoisted {
  state: FakeElectronState | null;
  logger: ReturnType<typeof captureLogger> | null;
  /** `app.isPackaged` for this test file (default false). */
  packaged?: boolean;
}

export interface BootedMain {
  dir: string;
  win: FakeWindowLike;
  state: FakeElectronState;
  logText(): string;
  /** Calls an IPC handler as Electron would, with `event` as the sender. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown>;
  /** The event of a call from the kiosk's own main frame. */
  fromApp(): { sender: unknown; senderFrame: unknown };
  cleanUp(): void;
}

/** `extra` adds machine-config fields (given the test's temp folder, for absolute paths). */
export async function bootMain(
  h: Hoisted,
  extra: (dir: string) => Record<string, unknown> = () => ({}),
): Promise<BootedMain> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-wiring-'));
  const config = {
    siteId: 'mairie-test',
    adminPinHash: await hashPin(PIN, 100_000),
    pinLockout: { maxAttempts: 3, lockMinutes: 1 },
    backup: { folder: path.join(dir, 'sauvegardes'), keep: 3 },
    ...extra(dir),
  };
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  vi.stubEnv('KIOSQUE_CONFIG', path.join(dir, 'config.json'));
  vi.stubEnv('KIOSQUE_USER_DATA', path.join(dir, 'userdata'));
  await import('../../../electron/main');
  const state = h.state;
  if (!state) throw new Error('electron mock not loaded');
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));
  const win = state.windows[0] as FakeWindowLike;
  return {
    dir,
    win,
    state,
    logText: () => h.logger?.text() ?? '',
    invoke(channel, event, ...args) {
      const handler = state.ipcHandlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return Promise.resolve().then(() => handler(event, ...args));
    },
    fromApp: () => ({ sender: win.webContents, senderFrame: win.webContents.mainFrame }),
    cleanUp() {
      vi.unstubAllEnvs();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
