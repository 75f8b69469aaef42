/** Last link of the chain: the built renderer, no folder listing, path traversal refused. */
import { readFile, stat } from 'node:fs/promises';
import { contentTypeFor, resolveStaticPath } from '../../electron/static-files';
import { send, type RequestHandler } from './handlers';

export function staticFiles(root: string): RequestHandler {
  return async (request) => {
    const file = resolveStaticPath(root, request.path);
    if (!file) return send(request, 403, 'Forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(request, 404, 'Not Found');
      return send(request, 200, await readFile(file), contentTypeFor(file));
    } catch {
      return send(request, 404, 'Not Found');
    }
  };
}
