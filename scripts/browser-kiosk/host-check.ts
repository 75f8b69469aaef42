/**
 * First link of the chain: only the kiosk's own page may talk to the server. A request whose
 * `Host` is not exactly our loopback address and port (a DNS-rebinding page, a misdirected
 * client) gets 421; a cross-site request from another page of the browser gets 403; any
 * method but GET and HEAD gets 405, except POST to the few paths named (the hub endpoint).
 */
import { send, type RequestHandler } from './handlers';

export function hostCheck(expectedHost: string, postPaths: readonly string[] = []): RequestHandler {
  const host = expectedHost.toLowerCase();
  const origin = `http://${host}`;
  return (request) => {
    const { headers, method } = request.req;
    if ((headers.host ?? '').toLowerCase() !== host)
      return send(request, 421, 'Misdirected Request');
    const site = headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') return send(request, 403, 'Forbidden');
    if (headers.origin !== undefined && headers.origin.toLowerCase() !== origin)
      return send(request, 403, 'Forbidden');
    const allowed = method === 'GET' || method === 'HEAD';
    if (!allowed && !(method === 'POST' && postPaths.includes(request.path)))
      return send(request, 405, 'Method Not Allowed');
    return false;
  };
}
