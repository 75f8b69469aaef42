/**
 * The counter's pusher: one pooled TLS connection to the hub, a check of the hub's schema
 * version, one push() per request, the published catalogue when asked. Plain Node (no
 * Electron import): the Electron main process and the browser kiosk's launcher both run it.
 */
import pg from 'pg';
import { pushRequestSchema, type PushRequest, type PushResponse } from '../shared/hub/protocol';
import { clientConfig, type HubEndpoint } from './connection';
import { dayReports } from './dayHash';
import { describeHubError, HubSchemaTooOld } from './errors';
import { batchJson, hubSchemaVersion, pullCatalogue, pushBatchJson } from './pushClient';
import { HUB_SCHEMA_REQUIRED } from './schemaVersion';

export interface PusherOptions {
  appVersion: string;
  freeDiskBytes?: () => Promise<number | null>;
  now?: () => Date;
}

export interface HubState {
  /** null until the first attempt. */
  reachable: boolean | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
}

/** Every day from `from` to `to` (YYYY-MM-DD, inclusive), at most 60. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); days.length < 60; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > to) break;
    days.push(day);
  }
  return days;
}

export function createHubPusher(loadEndpoint: () => Promise<HubEndpoint>, options: PusherOptions) {
  const now = options.now ?? (() => new Date());
  let pool: pg.Pool | null = null;
  let where = 'hub';
  let schemaChecked = false;
  const state: HubState = {
    reachable: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    lastError: null,
  };

  async function getPool(): Promise<pg.Pool> {
    if (pool) return pool;
    const endpoint = await loadEndpoint();
    where = `${endpoint.host}:${endpoint.port}`;
    pool = new pg.Pool({ ...clientConfig(endpoint), max: 1, idleTimeoutMillis: 30_000 });
    // An idle connection that dies (server restart) must not crash the process.
    pool.on('error', () => undefined);
    return pool;
  }

  async function reset() {
    const old = pool;
    pool = null;
    schemaChecked = false;
    // A pool whose connection died mid-handshake may never finish ending: do not wait on it.
    if (old) {
      await Promise.race([
        old.end().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 2_000)),
      ]);
    }
  }

  const malformed: PushResponse = {
    ok: false,
    code: 'refused',
    message: 'Lot mal formé : envoi refusé par le poste.',
  };

  async function push(raw: unknown): Promise<PushResponse> {
    state.lastAttemptAt = now().toISOString();
    let request: PushRequest;
    try {
      request = pushRequestSchema.parse(raw) as PushRequest;
    } catch {
      return malformed;
    }
    return send(request);
  }

  /** For a request its caller already parsed with pushRequestSchema (authorisePush does). */
  async function pushChecked(request: PushRequest): Promise<PushResponse> {
    state.lastAttemptAt = now().toISOString();
    return send(request);
  }

  async function send(request: PushRequest): Promise<PushResponse> {
    if (request.entries.some((e) => e === null || typeof e !== 'object')) return malformed;
    try {
      const client = await (await getPool()).connect();
      try {
        if (!schemaChecked) {
          const version = await hubSchemaVersion(client);
          if (version < HUB_SCHEMA_REQUIRED)
            throw new HubSchemaTooOld(version, HUB_SCHEMA_REQUIRED);
          schemaChecked = true;
        }
        const days = request.days
          ? dayReports(daysBetween(request.days.from, request.days.to), request.days.marks)
          : undefined;
        const status = request.status
          ? {
              appVersion: options.appVersion,
              ...request.status,
              freeDiskBytes: (await options.freeDiskBytes?.()) ?? null,
            }
          : undefined;
        const text = batchJson({
          entries: request.entries,
          audit: request.audit,
          ...(days ? { days } : {}),
          ...(status ? { status } : {}),
          clientTime: now().toISOString(),
        });
        if (text === null) return malformed;
        const result = await pushBatchJson(client, text);
        const catalogue = request.withCatalogue ? await pullCatalogue(client) : undefined;
        state.reachable = true;
        state.lastSuccessAt = now().toISOString();
        state.lastError = null;
        return { ok: true, ...result, ...(catalogue ? { catalogue } : {}) };
      } finally {
        client.release();
      }
    } catch (error) {
      const failure = describeHubError(error, where);
      state.reachable = failure.code !== 'unreachable' && failure.code !== 'certificate';
      state.lastError = failure.message;
      await reset();
      return failure;
    }
  }

  return {
    push,
    pushChecked,
    state: (): HubState => ({ ...state }),
    close: reset,
  };
}

export type HubPusher = ReturnType<typeof createHubPusher>;
