/**
 * The browser kiosk's web server: serves dist/renderer on 127.0.0.1 with the app's CSP and
 * correct MIME types, no directory listing, path traversal refused, and `/config.json` read
 * from the same places as the Electron kiosk (`--config`, KIOSQUE_CONFIG, the machine file).
 * Run alone: `npx tsx scripts/serve-static.ts [--port 4173] [--config PATH]`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../electron/csp';
import { contentTypeFor, resolveStaticPath } from '../electron/static-files';
import { findConfigLocation } from '../electron/config/lookup';

export interface StaticServerOptions {
  root: string;
  /** 0 picks a free port. */
  port?: number;
  /** The config file to serve as /config.json, or null for none (the app uses its defaults). */
  configPath: string | null;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  head = false,
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(head ? undefined : body);
}

/** Handles one request; exported for tests. */
export async function handleStaticRequest(
  options: StaticServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head)
    return send(res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8');
  const url = req.url ?? '/';
  if (url.split('?')[0] === '/config.json') {
    if (!options.configPath || !existsSync(options.configPath))
      return send(res, 404, 'Not Found', 'text/plain; charset=utf-8', head);
    try {
      return send(
        res,
        200,
        await readFile(options.configPath),
        'application/json; charset=utf-8',
        head,
      );
    } catch {
      return send(res, 404, 'Not Found', 'text/plain; charset=utf-8', head);
    }
  }
  const file = resolveStaticPath(options.root, url);
  if (!file) return send(res, 403, 'Forbidden', 'text/plain; charset=utf-8', head);
  try {
    const info = await stat(file);
    // Folders are never listed.
    if (!info.isFile()) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8', head);
    return send(res, 200, await readFile(file), contentTypeFor(file), head);
  } catch {
    return send(res, 404, 'Not Found', 'text/plain; charset=utf-8', head);
  }
}

/** Starts the server on 127.0.0.1 and resolves once it listens. */
export function startStaticServer(
  options: StaticServerOptions,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    handleStaticRequest(options, req, res).catch(() =>
      send(res, 500, 'Internal Server Error', 'text/plain; charset=utf-8'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

/** The config file the browser kiosk serves, found like the Electron kiosk's. */
export function browserKioskConfigPath(argv: readonly string[] = process.argv): string | null {
  return (
    findConfigLocation({ argv, env: process.env, platform: process.platform, exists: existsSync })
      ?.path ?? null
  );
}

const runDirectly =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (runDirectly) {
  const portIndex = process.argv.indexOf('--port');
  const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 0;
  const root = path.resolve(import.meta.dirname, '..', 'dist', 'renderer');
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error('dist/renderer/index.html manquant : lancez d’abord npm run build:renderer.');
    process.exit(1);
  }
  const configPath = browserKioskConfigPath();
  const { url } = await startStaticServer({ root, port, configPath });
  console.info(`Kiosque servi sur ${url} (configuration : ${configPath ?? 'valeurs par défaut'})`);
}
