import { describe, expect, it } from 'vitest';
import {
  BROWSER_KIOSK_SECURITY_HEADERS,
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  browserKioskPageHeaders,
  contentSecurityPolicy,
  inlineScriptHashes,
  inlineStyleHashes,
  pageSecurityHeaders,
} from '../../../electron/csp';

/** The sources (or flags) of directive `name` in `policy`. */
const directive = (policy: string | undefined, name: string): string[] | undefined =>
  policy
    ?.split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([first]) => first === name)
    ?.slice(1);
const sandboxFlags = (policy: string | undefined) => directive(policy, 'sandbox');

// The built page's meta tag is checked by tests/e2e/browser/csp.spec.ts, which runs on the build.
describe('Content-Security-Policy', () => {
  it('allows scripts from the app only, never inline or eval', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*/);
  });

  it('is sent with the nosniff header, by Electron and by the browser kiosk', () => {
    for (const headers of [SECURITY_HEADERS, BROWSER_KIOSK_SECURITY_HEADERS]) {
      expect(headers['Content-Security-Policy']?.startsWith(CONTENT_SECURITY_POLICY)).toBe(true);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('sandboxes the page and its frames: no modal dialog nor download in Electron', () => {
    expect(sandboxFlags(SECURITY_HEADERS['Content-Security-Policy'])?.sort()).toEqual([
      'allow-forms',
      'allow-same-origin',
      'allow-scripts',
    ]);
  });

  it('lets only the browser kiosk print from the page and download its exports', () => {
    expect(sandboxFlags(BROWSER_KIOSK_SECURITY_HEADERS['Content-Security-Policy'])?.sort()).toEqual(
      ['allow-downloads', 'allow-forms', 'allow-modals', 'allow-same-origin', 'allow-scripts'],
    );
  });

  it('keeps sandbox out of the meta tag policy, where Chromium ignores it', () => {
    expect(sandboxFlags(CONTENT_SECURITY_POLICY)).toBeUndefined();
  });

  describe('the page’s own inline styles', () => {
    // Hashes computed apart, with `openssl dgst -sha256 -binary | base64`.
    const page =
      '<head><style>body{color:#000091}</style></head><body><style>a{b:c}</style></body>';
    const hashes = [
      "'sha256-1+5dr8HiY+1YXsur6N5EJED+VbgolEI6lMad2p8VGw8='",
      "'sha256-0cRUVYRKwNwnl1hkfkPGjkht16b039TjFdJzmXfFK2o='",
    ];

    it('are hashed as the CSP specifies: SHA-256 of the element’s text, in base64', () => {
      expect(inlineStyleHashes(page)).toEqual(hashes);
      expect(inlineStyleHashes('<link rel="stylesheet" href="./a.css">')).toEqual([]);
    });

    it('are allowed by hash in style-src only, never as inline at large', () => {
      const policy = contentSecurityPolicy(hashes);
      expect(directive(policy, 'style-src')).toEqual(["'self'", ...hashes]);
      expect(directive(policy, 'script-src')).toEqual(["'self'"]);
      expect(directive(policy, 'default-src')).toEqual(["'self'"]);
      expect(policy).not.toMatch(/unsafe-(inline|eval)|\*/);
      expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    });

    it('give each HTML page its own policy, with the same sandbox as every response', () => {
      for (const [forPage, base] of [
        [pageSecurityHeaders, SECURITY_HEADERS],
        [browserKioskPageHeaders, BROWSER_KIOSK_SECURITY_HEADERS],
      ] as const) {
        const policy = forPage(page)['Content-Security-Policy'];
        expect(directive(policy, 'style-src')).toEqual(["'self'", ...hashes]);
        expect(sandboxFlags(policy)).toEqual(sandboxFlags(base['Content-Security-Policy']));
        expect(forPage(page)['X-Content-Type-Options']).toBe('nosniff');
        expect(forPage('<title>sans style</title>')).toEqual(base);
      }
    });
  });

  describe('the page’s own inline script', () => {
    // Hash computed apart, with `openssl dgst -sha256 -binary | base64`.
    const page =
      '<body><div id="root"></div><script>document.body.dataset.ok="1"</script>' +
      '<script type="module" src="./assets/index.js"></script></body>';
    const hash = "'sha256-yG/Cj0igjyBYbE1ER5rEe+gQ8p5VlG62GNvYyVRRDBc='";
    const scriptSrc = (policy: string | undefined) => directive(policy, 'script-src');

    it('is hashed like a style; a script file or a module is not an inline script', () => {
      expect(inlineScriptHashes(page)).toEqual([hash]);
      expect(inlineScriptHashes('<script type="module" src="./a.js"></script>')).toEqual([]);
    });

    it('is allowed by hash in script-src only, and only on its page', () => {
      const policy = contentSecurityPolicy([], [hash]);
      expect(scriptSrc(policy)).toEqual(["'self'", hash]);
      expect(policy).not.toMatch(/unsafe-(inline|eval)|strict-dynamic|\*/);
      for (const forPage of [pageSecurityHeaders, browserKioskPageHeaders]) {
        expect(scriptSrc(forPage(page)['Content-Security-Policy'])).toEqual(["'self'", hash]);
        expect(scriptSrc(forPage('<title>sans script</title>')['Content-Security-Policy'])).toEqual(
          ["'self'"],
        );
      }
      expect(scriptSrc(SECURITY_HEADERS['Content-Security-Policy'])).toEqual(["'self'"]);
    });
  });
});
