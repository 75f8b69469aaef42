/**
 * `vite preview` sends the browser kiosk's own headers (its CSP sandbox included), so the e2e
 * tests and the bench, which drive it, run the app under the same flags as a counter does. The
 * policy of a page allows that page's inline styles (electron/csp.ts), so it is read from the
 * built index.html when the preview starts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { BROWSER_KIOSK_SECURITY_HEADERS, browserKioskPageHeaders } from '../../electron/csp.ts';

export function previewSecurityHeaders(): Plugin {
  return {
    name: 'kiosque-preview-headers',
    configurePreviewServer(server) {
      const { root, build } = server.config;
      let headers = BROWSER_KIOSK_SECURITY_HEADERS;
      try {
        headers = browserKioskPageHeaders(
          readFileSync(path.resolve(root, build.outDir, 'index.html'), 'utf8'),
        );
      } catch {
        // No build yet: vite preview then serves nothing worth a policy of its own.
      }
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
  };
}
