/**
 * The browser kiosk's way to the métropole hub: the page posts its batches to
 * `/__hub/push` and reads `/__hub/status`; the launcher pushes them with the same plain-Node
 * hub service as Electron's main process (electron/hub/service.ts), which alone reads the
 * credential files. The page never sees a credential, nor the session that lets it in:
 * - the launcher opens Chromium at `/__hub/start?t=<start token>`, a random token made for
 *   this launch and good once; this link answers with an HttpOnly, SameSite=Strict session
 *   cookie limited to `/__hub/`, and sends the page home;
 * - a push or status request needs that cookie and the `X-Kiosque-Hub` header (a page of
 *   another origin cannot send it without a CORS preflight, which is never granted); the host
 *   check before this handler has refused other Hosts and cross-site requests.
 * A cookie, not a token in the page: the citizen wipe clears the page's storages and reloads
 * it, and the hub must keep working afterwards, for the whole launch.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { HubService } from '../../electron/hub/service';
import { send, type KioskRequest, type RequestHandler } from './handlers';

export const HUB_PREFIX = '/__hub/';
/** The paths that take POST (the host check lets them through). */
export const HUB_POST_PATHS = ['/__hub/push', '/__hub/status'] as const;
const START_PATH = '/__hub/start';
const COOKIE = 'kiosque_hub';
export const HUB_HEADER = 'x-kiosque-hub';
/** 1,000 entries of at most 8 kB, their trails and 30 days of marks fit well under this. */
const MAX_BODY_BYTES = 24 * 1024 * 1024;

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const newSecret = () => randomBytes(32).toString('base64url');

function cookieOf(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return null;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too-large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

const json = (request: KioskRequest, status: number, body: unknown) =>
  send(request, status, JSON.stringify(body), 'application/json; charset=utf-8', {
    'Cache-Control': 'no-store',
  });

export interface HubEndpoint {
  handler: RequestHandler;
  /** The address the launcher opens first (path and query), good once. */
  startPath: string;
}

export function hubEndpoint(service: HubService): HubEndpoint {
  const startToken = newSecret();
  let startUsed = false;
  let session: string | null = null;

  const handler: RequestHandler = async (request) => {
    if (!request.path.startsWith(HUB_PREFIX)) return false;
    const { req } = request;
    if (request.path === START_PATH && req.method === 'GET') {
      const given = new URL(req.url ?? '/', 'http://localhost').searchParams.get('t') ?? '';
      const headers: Record<string, string> = { Location: '/', 'Cache-Control': 'no-store' };
      if (!startUsed && sameSecret(given, startToken)) {
        startUsed = true;
        session = newSecret();
        headers['Set-Cookie'] =
          `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=${HUB_PREFIX}`;
      }
      return send(request, 303, '', 'text/plain; charset=utf-8', headers);
    }
    if (!(HUB_POST_PATHS as readonly string[]).includes(request.path) || req.method !== 'POST')
      return send(request, 404, 'Not Found');
    const cookie = cookieOf(req);
    if (
      req.headers[HUB_HEADER] !== '1' ||
      session === null ||
      !cookie ||
      !sameSecret(cookie, session)
    )
      return json(request, 401, { ok: false, code: 'off' });
    if (request.path === '/__hub/status') return json(request, 200, await service.state());
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      return json(request, 400, {
        ok: false,
        code: 'refused',
        message: 'Lot illisible : envoi refusé par le lanceur.',
      });
    }
    return json(request, 200, await service.push(body));
  };
  return { handler, startPath: `${START_PATH}?t=${startToken}` };
}
