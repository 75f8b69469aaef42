/** Last link of the chain: the built renderer, no folder listing, path traversal refused. */
import { readFile, stat } from 'node:fs/promises';
import { browserKioskPageHeaders } from '../../electron/csp';
import { contentTypeFor, resolveStaticPath } from '../../electron/static-files';
import { send, type RequestHandler } from './handlers';

export function staticFiles(root: string): RequestHandler {
  return async (request) => {
    const file = resolveStaticPath(root, request.path);
    if (!file) return send(request, 403, 'Forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(request, 404, 'Not Found');
      const body = await readFile(file);
      const type = contentTypeFor(file);
      // An HTML page's policy also allows its own inline styles (electron/csp.ts).
      const page = type.startsWith('text/html')
        ? browserKioskPageHeaders(body.toString('utf8'))
        : {};
      return send(request, 200, body, type, page);
    } catch {
      return send(request, 404, 'Not Found');
    }
  };
}
