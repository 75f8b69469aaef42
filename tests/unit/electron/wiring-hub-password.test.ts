/**
 * Main-process wiring with a mocked `electron`: a poste whose hub password is typed once on the
 * Diagnostic screen (`hub.storedPassword: true`). Main refuses it without the admin token,
 * keeps it through safeStorage (never in clear on disk), refuses it where Linux has no secret
 * service, and pushes with it afterwards.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/ipc/contract';
import { validEntry } from '../journal/entryFixture';
import { bootMain, PIN, type BootedMain, type Hoisted } from './main-harness';

const h = vi.hoisted((): Hoisted => ({ state: null, logger: null }));

vi.mock('electron', () => import('./mock-modules').then((m) => m.fakeElectronModule(h)));
vi.mock('electron-updater', () => ({ autoUpdater: {} }));
vi.mock('../../../electron/log/logger', () =>
  import('./mock-modules').then((m) => m.capturedLoggerModule(h)),
);

const PASSWORD = 'Xq7-rT2pLm9wZa4KcV8bN3sD';
let m: BootedMain;
beforeAll(async () => {
  m = await bootMain(h, (dir) => {
    writeFileSync(path.join(dir, 'ca.crt'), 'not a certificate');
    return {
      posteId: 'poste-1',
      hub: {
        host: '127.0.0.1',
        port: 9,
        role: 'kp.mairie-test.poste-1',
        caFile: path.join(dir, 'ca.crt'),
        storedPassword: true,
      },
    };
  });
});
afterAll(() => m.cleanUp());

const push = () =>
  m.invoke(IPC.hubPush, m.fromApp(), {
    entries: [validEntry({ siteId: 'mairie-test', posteId: 'poste-1' })],
    audit: [],
  });
const stored = () => path.join(m.dir, 'userdata', 'hub-password.bin');

async function adminToken(): Promise<string> {
  await m.invoke(IPC.setActivityState, m.fromApp(), 'agent');
  const check = (await m.invoke(IPC.verifyAdminPin, m.fromApp(), PIN)) as { token?: string };
  return check.token ?? '';
}

describe('the hub password kept by main', () => {
  it('is asked for before any connection, and the page is told so', async () => {
    const boot = (await m.invoke(IPC.getBootInfo, m.fromApp())) as {
      config: { hub: Record<string, unknown> };
    };
    expect(boot.config.hub).toMatchObject({ storedPassword: true });
    expect(await push()).toMatchObject({
      ok: false,
      code: 'authentication',
      message: expect.stringContaining('pas encore enregistré'),
    });
  });

  it('is refused without the admin token', async () => {
    expect(await m.invoke(IPC.hubSetPassword, m.fromApp(), null, PASSWORD)).toEqual({
      ok: false,
      error: 'admin-required',
    });
    expect(existsSync(stored())).toBe(false);
  });

  it('is refused on a Linux session without a secret service', async () => {
    if (!h.state) throw new Error('no fake electron');
    h.state.safeStorageBackend = 'basic_text';
    try {
      const token = await adminToken();
      const answer = await m.invoke(IPC.hubSetPassword, m.fromApp(), token, PASSWORD);
      expect(answer).toEqual(
        process.platform === 'linux' ? { ok: false, error: 'no-keyring' } : { ok: true },
      );
    } finally {
      h.state.safeStorageBackend = undefined;
    }
  });

  it('is kept encrypted, then used: the push now reaches for the server', async () => {
    const token = await adminToken();
    expect(await m.invoke(IPC.hubSetPassword, m.fromApp(), token, PASSWORD)).toEqual({
      ok: true,
    });
    expect(readFileSync(stored()).toString('utf8')).not.toContain(PASSWORD);
    expect(await push()).toMatchObject({ ok: false, code: 'unreachable' });
    expect(m.logText()).toContain('hub.password-stored');
    expect(m.logText()).not.toContain(PASSWORD);
  });
});
