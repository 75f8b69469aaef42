/**
 * Main-process wiring with a mocked `electron` (2/2): the IPC gate of the real electron/main.ts
 * refuses foreign senders and invalid arguments, and serves the app's own frame.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/ipc/contract';
import { bootMain, PIN, type BootedMain, type Hoisted } from './main-harness';

const h = vi.hoisted((): Hoisted => ({ state: null, logger: null }));

vi.mock('electron', () => import('./mock-modules').then((m) => m.fakeElectronModule(h)));
vi.mock('electron-updater', () => ({ autoUpdater: {} }));
vi.mock('../../../electron/log/logger', () =>
  import('./mock-modules').then((m) => m.capturedLoggerModule(h)),
);

let m: BootedMain;
beforeAll(async () => {
  m = await bootMain(h);
});
afterAll(() => m.cleanUp());

describe('IPC gate', () => {
  it('serves the app frame a boot info without the PIN hash', async () => {
    const info = (await m.invoke(IPC.getBootInfo, m.fromApp())) as Record<string, unknown>;
    expect(info).toMatchObject({ lockdown: true, adminPin: 'configured', configIssues: [] });
    expect(JSON.stringify(info)).not.toContain('pbkdf2');
    expect((info.config as Record<string, unknown>).siteId).toBe('mairie-test');
  });

  it('refuses calls from another web contents, a sub-frame or a foreign page', async () => {
    const other = { ...m.win.webContents };
    await expect(
      m.invoke(IPC.getBootInfo, { sender: other, senderFrame: m.win.webContents.mainFrame }),
    ).rejects.toThrow('ipc-refused:foreign-contents');
    const iframe = {
      url: 'app://kiosque/index.html',
      parent: m.win.webContents.mainFrame,
      processId: 7,
      routingId: 9,
    };
    await expect(
      m.invoke(IPC.verifyAdminPin, { sender: m.win.webContents, senderFrame: iframe }, PIN),
    ).rejects.toThrow('ipc-refused:sub-frame');
    const foreign = { ...m.win.webContents.mainFrame, url: 'https://example.org/' };
    await expect(
      m.invoke(IPC.quitKiosk, { sender: m.win.webContents, senderFrame: foreign }, PIN),
    ).rejects.toThrow('ipc-refused:foreign-origin');
    await expect(
      m.invoke(IPC.getBootInfo, { sender: m.win.webContents, senderFrame: null }),
    ).rejects.toThrow('ipc-refused:no-frame');
    expect(m.logText()).toContain('ipc.refused');
    expect(m.state.quit).toBe(0);
  });

  it('refuses invalid arguments before any handler runs', async () => {
    await expect(m.invoke(IPC.verifyAdminPin, m.fromApp(), 482916)).rejects.toThrow(
      'ipc-invalid-arguments',
    );
    await expect(m.invoke(IPC.verifyAdminPin, m.fromApp())).rejects.toThrow(
      'ipc-invalid-arguments',
    );
    await expect(m.invoke(IPC.setActivityState, m.fromApp(), 'hacker')).rejects.toThrow(
      'ipc-invalid-arguments',
    );
    await expect(
      m.invoke(IPC.saveExport, m.fromApp(), {
        targetId: 'backup-folder',
        fileName: 'x.csv',
        content: 'a',
        extra: true,
      }),
    ).rejects.toThrow('ipc-invalid-arguments');
    // An export's content is text or bytes: an array of numbers is neither.
    await expect(
      m.invoke(IPC.saveExport, m.fromApp(), null, {
        targetId: 'backup-folder',
        fileName: 'x.csv',
        content: [97, 59, 98],
      }),
    ).rejects.toThrow('ipc-invalid-arguments');
    await expect(m.invoke(IPC.readBackup, m.fromApp(), { name: 'x.json' })).rejects.toThrow(
      'ipc-invalid-arguments',
    );
    await expect(m.invoke(IPC.getBootInfo, m.fromApp(), 'unexpected')).rejects.toThrow(
      'ipc-invalid-arguments',
    );
  });

  it('counts idle time from the window input events while the OS idle time is stuck at 0', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const idle = () => m.invoke(IPC.getIdleSeconds, m.fromApp());
      m.state.systemIdleSeconds = 0;
      m.win.webContents.emit('input-event', {}, { type: 'touchStart' });
      vi.setSystemTime(Date.now() + 125_000);
      expect(await idle()).toBe(125);
      // The pointer entering the window is not a person acting.
      m.win.webContents.emit('input-event', {}, { type: 'mouseEnter' });
      expect(await idle()).toBe(125);
      // A non-zero OS figure lowers the count (input the page did not see).
      m.state.systemIdleSeconds = 30;
      expect(await idle()).toBe(30);
      m.state.systemIdleSeconds = 0;
      m.win.webContents.emit('input-event', {}, { type: 'keyDown' });
      expect(await idle()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    await m.invoke(IPC.setActivityState, m.fromApp(), 'citizen');
  });

  const own = 'journal-mairie-test-poste-1-2026-03-01.json';
  const adminToken = async (): Promise<string> => {
    await m.invoke(IPC.setActivityState, m.fromApp(), 'agent');
    const check = (await m.invoke(IPC.verifyAdminPin, m.fromApp(), PIN)) as {
      ok: boolean;
      token?: string;
    };
    expect(check.ok).toBe(true);
    return check.token ?? '';
  };

  it('writes its own backups, keeping what the machine config says, never what the page asks', async () => {
    await expect(
      m.invoke(IPC.writeBackup, m.fromApp(), { fileName: own, content: '{}', keep: 365 }),
    ).rejects.toThrow('ipc-invalid-arguments');
    expect(
      await m.invoke(IPC.writeBackup, m.fromApp(), {
        fileName: 'journal-mairie-test-poste-9-2026-03-01.json',
        content: '{}',
      }),
    ).toEqual({ ok: false, error: 'invalid-name' });
    const written = (await m.invoke(IPC.writeBackup, m.fromApp(), {
      fileName: own,
      content: '{}',
    })) as { ok: boolean; path: string };
    expect(written.ok).toBe(true);
    expect(written.path).toBe(path.join(m.dir, 'sauvegardes', own));
    expect(await m.invoke(IPC.listBackups, m.fromApp())).toMatchObject([{ name: own, size: 2 }]);
  });

  it('restores, writes support bundles and reaches USB drives only with the admin token', async () => {
    await expect(m.invoke(IPC.readBackup, m.fromApp(), null, own)).rejects.toThrow(
      'admin-required',
    );
    await expect(m.invoke(IPC.readBackup, m.fromApp(), 'forged-token', own)).rejects.toThrow(
      'admin-required',
    );
    expect(await m.invoke(IPC.writeSupportBundle, m.fromApp(), null, {})).toEqual({
      ok: false,
      error: 'admin-required',
    });
    expect(
      await m.invoke(IPC.saveExport, m.fromApp(), null, {
        targetId: 'removable:/media/kiosque/CLE',
        fileName: 'x.csv',
        content: 'x',
      }),
    ).toEqual({ ok: false, error: 'admin-required' });
    // Bytes pass the gate like text (a year's CSV comes encoded from the export's workers).
    const saved = (await m.invoke(IPC.saveExport, m.fromApp(), null, {
      targetId: 'backup-folder',
      fileName: 'x.csv',
      content: new TextEncoder().encode('a;b\r\n'),
    })) as { ok: boolean; path: string };
    expect(saved.ok).toBe(true);
    expect(readFileSync(saved.path, 'utf8')).toBe('a;b\r\n');
    // The wrong PIN gives no token.
    expect(await m.invoke(IPC.verifyAdminPin, m.fromApp(), '000002')).toEqual({ ok: false });

    const token = await adminToken();
    expect(await m.invoke(IPC.readBackup, m.fromApp(), token, own)).toBe('{}');
    const bundle = (await m.invoke(IPC.writeSupportBundle, m.fromApp(), token, {})) as {
      ok: boolean;
      path: string;
    };
    expect(path.dirname(bundle.path)).toBe(path.join(m.dir, 'sauvegardes', 'support'));
    expect(await m.invoke(IPC.listBackups, m.fromApp())).toMatchObject([{ name: own }]);

    // Locking the agent area (back to the attract screen) drops the token at once.
    await m.invoke(IPC.setActivityState, m.fromApp(), 'attract');
    await expect(m.invoke(IPC.readBackup, m.fromApp(), token, own)).rejects.toThrow(
      'admin-required',
    );
    expect(m.logText()).toContain('ipc.admin-required');
    expect(m.logText()).not.toContain(token);
  });

  it('quits only with the admin token and the right admin PIN', async () => {
    expect(await m.invoke(IPC.quitKiosk, m.fromApp(), null, PIN)).toEqual({
      ok: false,
      error: 'admin-required',
    });
    const token = await adminToken();
    expect(await m.invoke(IPC.quitKiosk, m.fromApp(), token, '000001')).toEqual({
      ok: false,
      error: 'pin-wrong',
    });
    expect(m.state.quit).toBe(0);
    expect(await m.invoke(IPC.quitKiosk, m.fromApp(), token, PIN)).toEqual({ ok: true });
    await vi.waitFor(() => expect(m.state.quit).toBe(1));
    const close = { preventDefault: vi.fn() };
    m.win.events.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
    expect(m.logText()).not.toContain(PIN);
  });
});
