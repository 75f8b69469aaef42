/**
 * The hub as main (or the browser kiosk's launcher) offers it: off when the machine config has
 * no `hub` block, otherwise a pusher reading the credential files named by the config. Plain
 * Node. Free disk space is read from the data folder's file system for the fleet view.
 */
import { statfs } from 'node:fs/promises';
import type { HubConfig } from '../shared/config-schema';
import type { HubStatus, PushResponse } from '../shared/hub/protocol';
import { authorisePush, type PushPlace } from './authorise';
import { loadEndpoint } from './connection';
import { HubPasswordMissing } from './errors';
import { createHubPusher } from './pusher';

export interface HubServiceDeps {
  appVersion: string;
  dataFolder: string;
  /** This counter's site and poste (the machine config's): the only entries it may push. */
  place: PushPlace;
  /** The password kept by safeStorage, where the config says `storedPassword: true`. */
  storedPassword?: () => Promise<string | null>;
}

export const HUB_OFF_MESSAGE =
  'Envoi au serveur central désactivé : la configuration de ce poste n’a pas de bloc « hub ».';

export function createHubService(hub: HubConfig | null, deps: HubServiceDeps) {
  if (!hub) {
    return {
      push: async (): Promise<PushResponse> => ({
        ok: false,
        code: 'off',
        message: HUB_OFF_MESSAGE,
      }),
      state: async (): Promise<HubStatus> => ({
        enabled: false,
        host: null,
        reachable: null,
        lastAttemptAt: null,
        lastSuccessAt: null,
        lastError: null,
      }),
      close: async () => undefined,
    };
  }
  async function endpoint() {
    const loaded = await loadEndpoint(hub as HubConfig);
    if (loaded.password === undefined && !loaded.cert && hub?.storedPassword) {
      const password = await deps.storedPassword?.();
      if (!password) throw new HubPasswordMissing();
      loaded.password = password;
    }
    return loaded;
  }
  const pusher = createHubPusher(endpoint, {
    appVersion: deps.appVersion,
    async freeDiskBytes() {
      try {
        const fs = await statfs(deps.dataFolder);
        return fs.bavail * fs.bsize;
      } catch {
        return null;
      }
    },
  });
  return {
    async push(raw: unknown): Promise<PushResponse> {
      const allowed = authorisePush(raw, deps.place);
      // Parsed once by authorisePush: the pusher does not parse the batch again.
      return allowed.ok ? pusher.pushChecked(allowed.request) : allowed;
    },
    state: async (): Promise<HubStatus> => ({
      enabled: true,
      host: `${hub.host}:${hub.port}`,
      ...pusher.state(),
    }),
    close: () => pusher.close(),
  };
}

export type HubService = ReturnType<typeof createHubService>;
