/**
 * The browser kiosk's way to the hub: its launcher (scripts/serve-static.ts) runs the same
 * plain-Node pusher as Electron's main process behind a loopback endpoint that checks the Host
 * header and a per-launch token. The launcher gives the token in the address fragment
 * (`#hub=<token>`), which never reaches a server log; it is read once and removed from the
 * address bar. Without a token the hub is off, as in a kiosk whose config has no `hub` block.
 */
import type { HubStatus, PushRequest, PushResponse } from '../../electron/shared/hub/protocol';

export const HUB_ENDPOINT = './__hub/';
const TOKEN_HEADER = 'X-Kiosque-Hub-Token';

function takeToken(): string | null {
  const match = /(?:^#|&)hub=([A-Za-z0-9_-]{20,100})/.exec(location.hash);
  if (!match?.[1]) return null;
  const rest = location.hash.replace(match[0], '').replace(/^#?&?/, '');
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
  );
  return match[1];
}

const OFF: PushResponse = {
  ok: false,
  code: 'off',
  message:
    'Envoi au serveur central désactivé : le kiosque navigateur a été ouvert sans son lanceur.',
};

export function createWebHub(token: string | null = takeToken()) {
  async function call<T>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${HUB_ENDPOINT}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
      body: JSON.stringify(body ?? {}),
      cache: 'no-store',
    });
    if (!response.ok) throw new Error(`hub-endpoint-${response.status}`);
    return (await response.json()) as T;
  }
  return {
    async hubPush(request: PushRequest): Promise<PushResponse> {
      if (!token) return OFF;
      try {
        return await call<PushResponse>('push', request);
      } catch {
        return { ok: false, code: 'unreachable', message: 'Le lanceur du kiosque ne répond pas.' };
      }
    },
    async hubStatus(): Promise<HubStatus> {
      const off: HubStatus = {
        enabled: false,
        host: null,
        reachable: null,
        lastAttemptAt: null,
        lastSuccessAt: null,
        lastError: null,
      };
      if (!token) return off;
      try {
        return await call<HubStatus>('status');
      } catch {
        return {
          ...off,
          enabled: true,
          reachable: false,
          lastError: 'Le lanceur du kiosque ne répond pas.',
        };
      }
    },
  };
}
