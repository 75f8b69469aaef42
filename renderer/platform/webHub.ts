/**
 * The browser kiosk's way to the hub: its launcher runs the same plain-Node hub service as
 * Electron's main process behind a loopback endpoint (scripts/browser-kiosk/hub-endpoint.ts).
 * The page holds no credential and no token: the launcher's first address gave this browser
 * an HttpOnly session cookie, sent with these same-origin requests, and the `X-Kiosque-Hub`
 * header proves they come from the page's own script. Opened any other way (a plain static
 * server, the tests' preview server), the endpoint is absent or refuses, and the hub is off.
 */
import type { Result } from '../../electron/ipc/contract';
import type { HubStatus, PushRequest, PushResponse } from '../../electron/shared/hub/protocol';

export const HUB_ENDPOINT = './__hub/';
const HUB_HEADER = 'X-Kiosque-Hub';

const OFF_MESSAGE =
  'Envoi au serveur central désactivé : le kiosque navigateur a été ouvert sans son lanceur.';
const OFF: PushResponse = { ok: false, code: 'off', message: OFF_MESSAGE };
const SILENT = 'Le lanceur du kiosque ne répond pas.';
const OFF_STATUS: HubStatus = {
  enabled: false,
  host: null,
  reachable: null,
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: null,
};

/** null: the endpoint is absent or refuses this page (no launcher session). */
async function call<T>(path: string, body?: unknown): Promise<T | null> {
  const response = await fetch(`${HUB_ENDPOINT}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [HUB_HEADER]: '1' },
    body: JSON.stringify(body ?? {}),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (response.status === 401 || response.status === 404 || response.status === 405) return null;
  if (!response.ok) throw new Error(`hub-endpoint-${response.status}`);
  return (await response.json()) as T;
}

export function createWebHub() {
  return {
    async hubPush(request: PushRequest): Promise<PushResponse> {
      try {
        return (await call<PushResponse>('push', request)) ?? OFF;
      } catch {
        return { ok: false, code: 'unreachable', message: SILENT };
      }
    },
    /** The browser kiosk reads its password from `hub.passwordFile` (its launcher has no safeStorage). */
    hubSetPassword: async (): Promise<Result> => ({ ok: false, error: 'not-supported' }),
    async hubStatus(): Promise<HubStatus> {
      try {
        return (await call<HubStatus>('status')) ?? OFF_STATUS;
      } catch {
        return { ...OFF_STATUS, enabled: true, reachable: false, lastError: SILENT };
      }
    },
  };
}
