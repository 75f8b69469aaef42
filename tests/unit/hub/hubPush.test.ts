/**
 * The running push over the app's real data layer (Dexie over fake-indexeddb): it pushes at
 * start, again after an agent saves (the outbox change seen by liveQuery), backs off after a
 * failure, and its view follows the outbox.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../../renderer/app/services';
import type { PushRequest, PushResponse } from '../../../electron/shared/hub/protocol';
import { startHubPush, type HubPushHandle } from '../../../renderer/features/hub/hubPush';
import { freshDb, ORIGIN } from '../exports/bundles';
import { VALID_DRAFT } from '../journal/entryFixture';

const FAST = { startDelayMs: 10, debounceMs: 30, maxDebounceMs: 100, backoffBaseMs: 60_000 };
const running: HubPushHandle[] = [];
afterEach(() => running.splice(0).forEach((h) => h.stop()));

const success = (): PushResponse => ({
  ok: true,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  rejected: [],
  serverTime: new Date().toISOString(),
  clockSkewMs: 0,
  schemaVersion: 2,
  differingDays: [],
});

function start(answer: (request: PushRequest) => PushResponse) {
  const services = createServices(freshDb(), ORIGIN);
  const sent: PushRequest[] = [];
  const handle = startHubPush({
    services,
    place: ORIGIN,
    platform: {
      hubPush: async (request) => {
        sent.push(request);
        return answer(request);
      },
    },
    intervalMinutes: 15,
    schedule: FAST,
    window: new EventTarget() as unknown as Window,
  });
  running.push(handle);
  const save = () =>
    services.journal.add(VALID_DRAFT, { ...ORIGIN, agentCode: 'ag-01' }, new Date());
  return { services, sent, handle, save };
}

describe('the running push', () => {
  it('pushes at start, then a saved démarche soon after it is saved', async () => {
    const c = start(success);
    await vi.waitFor(() => expect(c.handle.view().lastSuccessAt).not.toBeNull());
    expect(c.sent.filter((r) => r.entries.length > 0)).toEqual([]);
    const entry = await c.save();
    await vi.waitFor(() =>
      expect(c.sent.some((r) => r.entries.some((e) => e.id === entry.id))).toBe(true),
    );
    await vi.waitFor(() => expect(c.handle.view().pending).toBe(0));
  });

  it('after a failure, keeps the rows and waits for the backoff instead of retrying on each save', async () => {
    const c = start(() => ({
      ok: false,
      code: 'unreachable',
      message: 'Serveur central injoignable',
    }));
    await vi.waitFor(() => expect(c.handle.view().error?.code).toBe('unreachable'));
    const attempts = c.sent.length;
    await c.save();
    await vi.waitFor(() => expect(c.handle.view().pending).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(c.sent.length).toBe(attempts);
    expect(c.handle.view()).toMatchObject({ reachable: false, pending: 1 });
  });
});
