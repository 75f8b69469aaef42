/**
 * The browser kiosk's web server, on 127.0.0.1 and one fixed port (the journal lives in the
 * browser's storage for the origin http://127.0.0.1:<port>: another port is another, empty,
 * kiosk). The request chain: host check → hub endpoint → public config → built renderer.
 */
import { createServer, type Server } from 'node:http';
import { hostCheck } from './host-check';
import { HUB_POST_PATHS, type HubEndpoint } from './hub-endpoint';
import { runHandlers, send, type RequestHandler } from './handlers';
import { publicConfig } from './public-config';
import { staticFiles } from './static-files';

/** Documented in docs/deployment.md; below Linux's ephemeral range (32768–60999). */
export const DEFAULT_PORT = 17380;
export const LOOPBACK = '127.0.0.1';

export interface KioskServerOptions {
  /** The built renderer (dist/renderer). */
  root: string;
  port: number;
  /** The machine config file, or null for none (the app then uses its defaults). */
  configPath: string | null;
  /** The loopback endpoint to the métropole hub (hub-endpoint.ts); absent: the hub is off. */
  hub?: HubEndpoint;
}

/** The handlers, in order. Add an endpoint here, after the host check. */
export function kioskHandlers(options: KioskServerOptions, host: string): RequestHandler[] {
  return [
    hostCheck(host, HUB_POST_PATHS),
    options.hub?.handler ?? hubOff,
    publicConfig(options.configPath),
    staticFiles(options.root),
  ];
}

/** Without a hub endpoint, its paths say so rather than falling through to the files. */
const hubOff: RequestHandler = (request) =>
  request.path.startsWith('/__hub/') && send(request, 404, 'Not Found');

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `le port ${port} est déjà utilisé (un autre kiosque navigateur est-il ouvert ?) : fermez-le, ou choisissez un autre port avec --port (les données du kiosque dépendent du port)`,
    );
  }
}

/** Listens on 127.0.0.1:port and resolves with the page's address. Never picks another port. */
export function startKioskServer(
  options: KioskServerOptions,
): Promise<{ server: Server; url: string; port: number }> {
  let handlers: RequestHandler[] = [];
  const server = createServer((req, res) => void runHandlers(handlers, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port) : error),
    );
    server.listen(options.port, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      handlers = kioskHandlers(options, `${LOOPBACK}:${port}`);
      resolve({ server, url: `http://${LOOPBACK}:${port}/`, port });
    });
  });
}

/** `--port N` (or `--port=N`), else the default; a bad value is refused, never replaced. */
export function portFromArgs(argv: readonly string[]): number {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--port') raw = argv[i + 1];
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length);
  }
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535)
    throw new Error(`--port ${raw} : un entier de 1024 à 65535 est attendu`);
  return port;
}
