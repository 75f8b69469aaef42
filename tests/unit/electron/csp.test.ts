import { describe, expect, it } from 'vitest';
import {
  BROWSER_KIOSK_SECURITY_HEADERS,
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../../electron/csp';

const sandboxFlags = (policy: string | undefined): string[] | undefined =>
  policy
    ?.split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'sandbox')
    ?.slice(1);

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
});
