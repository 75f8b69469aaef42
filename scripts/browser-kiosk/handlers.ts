/**
 * The browser kiosk's server is a short chain of request handlers, tried in order: each one
 * answers the request (returns true) or passes it on. Adding an endpoint is one more entry in
 * the list built by `kioskHandlers` (server.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BROWSER_KIOSK_SECURITY_HEADERS } from '../../electron/csp';

export interface KioskRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** The path part of the request, query removed. */
  path: string;
  /** HEAD: headers only. */
  head: boolean;
}

/** Answers the request and returns true, or returns false to let the next handler try. */
export type RequestHandler = (request: KioskRequest) => boolean | Promise<boolean>;

export function send(
  request: KioskRequest,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
  extraHeaders: Record<string, string> = {},
): true {
  request.res.writeHead(status, {
    ...BROWSER_KIOSK_SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
  });
  request.res.end(request.head ? undefined : body);
  return true;
}

/** Runs the chain; nothing answered gives 404, a handler that throws gives 500. */
export async function runHandlers(
  handlers: readonly RequestHandler[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const request: KioskRequest = {
    req,
    res,
    path: (req.url ?? '/').split('?')[0] ?? '/',
    head: req.method === 'HEAD',
  };
  try {
    for (const handler of handlers) if (await handler(request)) return;
    send(request, 404, 'Not Found');
  } catch {
    if (!res.headersSent) send(request, 500, 'Internal Server Error');
    else res.destroy();
  }
}
