import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isNavigationAllowed } from '../../../electron/lockdown';

describe('isNavigationAllowed', () => {
  it.each([
    'app://kiosque',
    'app://kiosque/',
    'app://kiosque/index.html',
    'app://kiosque/index.html#/agent',
    'app://kiosque/#citizen',
    'app://kiosque/assets/index-abc123.js',
    'app://kiosque/index.html?lang=en',
    'app://kiosque/./index.html',
    'app://kiosque/index.html#/../agent', // the fragment is not a path
    'APP://KIOSQUE/index.html', // Chromium lowercases standard-scheme hosts
  ])('allows %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(true);
  });

  it.each([
    ['http', 'http://kiosque/'],
    ['https', 'https://example.org/'],
    ['https with the app host', 'https://kiosque/index.html'],
    ['file', 'file:///etc/passwd'],
    ['Windows file', 'file:///C:/Windows/win.ini'],
    ['Windows path', 'C:\\Windows\\win.ini'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript with the app in a comment', 'javascript://app://kiosque/%0aalert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob of another origin', 'blob:https://example.org/1234'],
    ['blob of the app', 'blob:app://kiosque/1234-5678'],
    ['about:blank', 'about:blank'],
    ['mailto', 'mailto:someone@example.org'],
    ['tel', 'tel:+33100000000'],
    ['ms-settings', 'ms-settings:'],
    ['chrome', 'chrome://settings'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['look-alike host suffix', 'app://kiosque.example.org/'],
    ['look-alike host prefix', 'app://evil-kiosque/'],
    ['look-alike host typo', 'app://kiosqu3/'],
    ['look-alike Cyrillic i', 'app://kіosque/'],
    ['trailing dot host', 'app://kiosque./'],
    ['other port', 'app://kiosque:8080/'],
    ['userinfo before the host', 'app://kiosque@evil.example/'],
    ['userinfo with the real host', 'app://user@kiosque/'],
    ['userinfo with password', 'app://user:pass@kiosque/'],
    ['empty host', 'app:///index.html'],
    ['no slashes', 'app:kiosque/index.html'],
    ['traversal', 'app://kiosque/../../etc/passwd'],
    ['traversal inside the app', 'app://kiosque/a/b/../index.html'],
    ['backslash traversal', 'app://kiosque/..\\..\\windows\\win.ini'],
    ['mixed-case encoded traversal', 'app://kiosque/%2E%2e/secret'],
    ['encoded traversal', 'app://kiosque/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded slash traversal', 'app://kiosque/..%2f..%2fetc%2fpasswd'],
    ['encoded backslash traversal', 'app://kiosque/..%5c..%5cwindows%5cwin.ini'],
    ['NUL byte', 'app://kiosque/index.html%00.png'],
    ['malformed escape', 'app://kiosque/%E0%A4%A'],
    ['relative URL', '/index.html'],
    ['empty string', ''],
    ['garbage', 'not a url'],
  ])('denies %s', (_name, url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it('defaults to the app origin and accepts another one', () => {
    expect(APP_ORIGIN).toBe('app://kiosque');
    expect(isNavigationAllowed('http://127.0.0.1:4173/index.html', 'http://127.0.0.1:4173')).toBe(
      true,
    );
    expect(isNavigationAllowed('http://127.0.0.1:4174/index.html', 'http://127.0.0.1:4173')).toBe(
      false,
    );
    expect(isNavigationAllowed('app://kiosque/', 'app://autre')).toBe(false);
  });

  it('denies non-string input without throwing', () => {
    expect(isNavigationAllowed(undefined as unknown as string)).toBe(false);
    expect(isNavigationAllowed(42 as unknown as string)).toBe(false);
  });
});
