/**
 * The `app://kiosque/` protocol that serves the built renderer (inside the asar once packaged),
 * never `file://`: a real origin for IndexedDB and the CSP, and no file-system reach.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS, pageSecurityHeaders } from './csp';
import { contentTypeFor, resolveAppPath } from './static-files';
import type { MainLogger } from './context';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosque';
/** The page the kiosk opens, and reopens after a crash. */
export const APP_HOME = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before `app` is ready: a standard, secure scheme gets an origin and IndexedDB. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const plain = (status: number, text: string): Response =>
  new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** Serves one request; exported for unit tests. */
export async function serveAppRequest(
  root: string,
  request: Request,
  log: MainLogger,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return plain(405, 'Method Not Allowed');
  const file = resolveAppPath(root, request.url, APP_HOST);
  if (!file) {
    log.warn('protocol.refused', { reason: 'path' });
    return plain(403, 'Forbidden');
  }
  try {
    const body = await readFile(file);
    const type = contentTypeFor(file);
    const security = type.startsWith('text/html')
      ? pageSecurityHeaders(body.toString('utf8'))
      : SECURITY_HEADERS;
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...security, 'Content-Type': type },
    });
  } catch {
    return plain(404, 'Not Found');
  }
}

/** Installs the handler once the app is ready. `root` is `dist/renderer` in the app folder. */
export function handleAppProtocol(root: string, log: MainLogger): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request, log));
}
