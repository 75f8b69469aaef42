/**
 * Mapping a request path to a file of the built renderer, shared by the `app://` protocol
 * handler and the browser kiosk's static server. Pure (only `node:path`), so path traversal
 * rules are unit-tested on both Windows and POSIX path flavours.
 */
import path from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The Content-Type for a file name; unknown extensions are opaque bytes (with nosniff). */
export function contentTypeFor(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

const hasControlCharacter = (text: string): boolean =>
  [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

type PathApi = Pick<typeof path, 'join' | 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Resolves the path part of a request (`/assets/app.js`, already split from the host) to a file
 * under `root`, or null when it must be refused: `..` or `.` segments (raw or percent-encoded),
 * backslashes, NUL, drive letters or alternate data streams (`:`), hidden files, or anything
 * that would resolve outside `root`. `/` serves `index.html`.
 */
export function resolveStaticPath(
  root: string,
  requestPath: string,
  pathApi: PathApi = path,
): string | null {
  if (typeof requestPath !== 'string' || requestPath.length > 2048) return null;
  const rawPath = requestPath.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '') continue;
    if (segment.startsWith('.') || /[/\\:]/.test(segment) || hasControlCharacter(segment))
      return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const resolvedRoot = pathApi.resolve(root);
  const target = pathApi.resolve(resolvedRoot, ...segments);
  const relative = pathApi.relative(resolvedRoot, target);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) return null;
  return target;
}

/**
 * Resolves an `app://kiosque/...` URL to a file under `root`, or null when the URL is not of
 * the app's origin or its path is refused (see `resolveStaticPath`).
 */
export function resolveAppPath(
  root: string,
  url: string,
  appHost = 'kiosque',
  pathApi: PathApi = path,
): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'app:' || parsed.hostname.toLowerCase() !== appHost || parsed.port !== '')
    return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  // The raw text, not the parsed URL: `new URL` already resolved `..`, hiding the attempt.
  const afterHost = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/';
  if (!afterHost.startsWith('/')) return null;
  return resolveStaticPath(root, afterHost, pathApi);
}
