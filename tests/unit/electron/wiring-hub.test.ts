/**
 * Main-process wiring with a mocked `electron`: the hub channels of the real electron/main.ts,
 * with a machine config whose `hub` block names a server that does not answer. Main validates
 * the batch, pushes only this counter's own entries, and tells the page nothing secret.
 */
import { writeFileSync } from 'node:fs';
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

const SECRET = 'mot-de-passe-du-poste-jamais-montre';
let m: BootedMain;
beforeAll(async () => {
  m = await bootMain(h, (dir) => {
    writeFileSync(path.join(dir, 'ca.crt'), 'not a certificate');
    writeFileSync(path.join(dir, 'hub-password.txt'), `${SECRET}\n`);
    return {
      posteId: 'poste-1',
      hub: {
        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        host: '127.0.0.1',
        port: 9,
        role: 'kp.mairie-test.poste-1',
        caFile: path.join(dir, 'ca.crt'),
        passwordFile: path.join(dir, 'hub-password.txt'),
      },
    };
  });
});
afterAll(() => m.cleanUp());

const own = validEntry({ siteId: 'mairie-test', posteId: 'poste-1' });

describe('hub channels', () => {
  it('do not take a password for a poste whose config names a password file', async () => {
    await m.invoke(IPC.setActivityState, m.fromApp(), 'agent');
    const check = (await m.invoke(IPC.verifyAdminPin, m.fromApp(), PIN)) as { token?: string };
    expect(await m.invoke(IPC.hubSetPassword, m.fromApp(), check.token, 'Abcdefgh12345')).toEqual({
      ok: false,
      error: 'not-needed',
    });
    await m.invoke(IPC.setActivityState, m.fromApp(), 'attract');
  });

  it('refuse a malformed batch before any handler runs', async () => {
    await expect(m.invoke(IPC.hubPush, m.fromApp(), { entries: 'all' })).rejects.toThrow(
      'ipc-invalid-arguments',
    );
  });

  it('refuse, in main, a batch with another site’s entry', async () => {
    const foreign = { ...own, id: '0b5e2f57-4a4c-4d8e-9d7b-2f3c4a5b6c7d', siteId: 'ccas-nord' };
    const answer = await m.invoke(IPC.hubPush, m.fromApp(), {
      entries: [own, foreign],
      audit: [],
    });
    expect(answer).toMatchObject({ ok: false, code: 'refused' });
  });

  it('push this counter’s own entries with the config’s hub, and say why it failed', async () => {
    const answer = await m.invoke(IPC.hubPush, m.fromApp(), { entries: [own], audit: [] });
    expect(answer).toMatchObject({ ok: false, code: 'unreachable' });
    expect((answer as { message: string }).message).toContain('127.0.0.1:9');
    const status = await m.invoke(IPC.hubStatus, m.fromApp());
    expect(status).toMatchObject({ enabled: true, host: '127.0.0.1:9', reachable: false });
    const boot = await m.invoke(IPC.getBootInfo, m.fromApp());
    for (const seen of [answer, status, boot]) {
      expect(JSON.stringify(seen)).not.toContain(SECRET);
      expect(JSON.stringify(seen)).not.toContain('hub-password.txt');
    }
  });
});
