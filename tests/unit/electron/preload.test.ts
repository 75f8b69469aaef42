// @vitest-environment jsdom
/**
 * The preload with a mocked `electron`: the admin token main returns stays inside the preload
 * (never in what the page receives), rides along on the admin-only calls, and is forgotten when
 * the kiosk leaves the agent area; the native-dialog guard is sent to the main world.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC, type KioskApi } from '../../../electron/ipc/contract';

const h = vi.hoisted(() => ({
  exposed: null as unknown,
  mainWorld: [] as { func: () => void }[],
  invoke: null as unknown as ReturnType<typeof vi.fn>,
}));

vi.mock('electron', async () => {
  const { vi: v } = await import('vitest');
  h.invoke = v.fn(async (channel: string) =>
    channel === 'kiosk:verify-admin-pin' ? { ok: true, token: 'secret-token' } : { ok: true },
  );
  const electron = {
    contextBridge: {
      exposeInMainWorld: (_key: string, api: unknown) => {
        h.exposed = api;
      },
      executeInMainWorld: (script: { func: () => void }) => {
        h.mainWorld.push(script);
      },
    },
    ipcRenderer: { invoke: h.invoke },
  };
  return { ...electron, default: electron };
});

let api: KioskApi;
beforeAll(async () => {
  await import('../../../electron/preload');
  api = h.exposed as KioskApi;
});

const lastCall = () => h.invoke.mock.calls.at(-1) as unknown[];

describe('preload', () => {
  it('keeps the admin token to itself', async () => {
    await api.readBackup('journal-a-b-2026-01-01.json');
    expect(lastCall()).toEqual([IPC.readBackup, null, 'journal-a-b-2026-01-01.json']);
    expect(await api.verifyAdminPin('482916')).toBe(true);
    expect(JSON.stringify(Object.keys(api))).not.toContain('token');
    await api.readBackup('journal-a-b-2026-01-01.json');
    expect(lastCall()).toEqual([IPC.readBackup, 'secret-token', 'journal-a-b-2026-01-01.json']);
    await api.writeSupportBundle({});
    expect(lastCall()).toEqual([IPC.writeSupportBundle, 'secret-token', {}]);
    await api.quitKiosk('482916');
    expect(lastCall()).toEqual([IPC.quitKiosk, 'secret-token', '482916']);
    await api.listExportTargets();
    expect(lastCall()).toEqual([IPC.listExportTargets, 'secret-token']);
    // Ordinary calls carry no token.
    await api.writeBackup({ fileName: 'x.json', content: '{}' });
    expect(lastCall()).toEqual([IPC.writeBackup, { fileName: 'x.json', content: '{}' }]);
  });

  it('forgets the token when the kiosk leaves the agent area', async () => {
    await api.verifyAdminPin('482916');
    await api.setActivityState('attract');
    await api.readBackup('journal-a-b-2026-01-01.json');
    expect(lastCall()).toEqual([IPC.readBackup, null, 'journal-a-b-2026-01-01.json']);
  });

  it('sends the native-dialog guard to the main world', () => {
    expect(h.mainWorld).toHaveLength(1);
    expect(h.mainWorld[0]?.func.name).toBe('blockNativeDialogs');
  });
});
