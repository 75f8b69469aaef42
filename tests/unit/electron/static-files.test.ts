import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath, resolveStaticPath } from '../../../electron/static-files';

const ROOT = '/opt/kiosque/resources/app.asar/dist/renderer';
const WIN_ROOT = 'C:\\Program Files\\Kiosque Numerique\\resources\\app.asar\\dist\\renderer';

describe('resolveAppPath (POSIX)', () => {
  it.each([
    ['app://kiosque/', 'index.html'],
    ['app://kiosque', 'index.html'],
    ['app://kiosque/index.html', 'index.html'],
    ['app://kiosque/index.html?x=1#/agent', 'index.html'],
    ['app://kiosque/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://kiosque/assets/caf%C3%A9.png', 'assets/café.png'],
    ['app://KIOSQUE/favicon.svg', 'favicon.svg'],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppPath(ROOT, url)).toBe(path.posix.join(ROOT, file));
  });

  it.each([
    ['traversal', 'app://kiosque/../../../etc/passwd'],
    ['traversal inside', 'app://kiosque/assets/../index.html'],
    ['encoded traversal', 'app://kiosque/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded slash', 'app://kiosque/..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', 'app://kiosque/..%5C..%5Cwin.ini'],
    ['NUL byte', 'app://kiosque/index.html%00.js'],
    ['dot file', 'app://kiosque/.env'],
    ['drive letter', 'app://kiosque/C:/Windows/win.ini'],
    ['alternate data stream', 'app://kiosque/index.html::$DATA'],
    ['other host', 'app://evil/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['https', 'https://kiosque/index.html'],
    ['user info', 'app://x@kiosque/index.html'],
    ['port', 'app://kiosque:81/index.html'],
    ['malformed escape', 'app://kiosque/%E0%A4%A'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('resolveStaticPath (Windows paths)', () => {
  it('stays inside a Windows root', () => {
    expect(resolveStaticPath(WIN_ROOT, '/assets/app.js', path.win32)).toBe(
      path.win32.join(WIN_ROOT, 'assets', 'app.js'),
    );
  });
  it.each([
    '/..\\..\\win.ini',
    '/%5c..%5cwin.ini',
    '/C:%5CWindows%5Cwin.ini',
    '/assets/..%5C..%5C..%5Cwin.ini',
    '/CON:',
    '/\\\\server\\share',
  ])('refuses %s', (request) => {
    expect(resolveStaticPath(WIN_ROOT, request, path.win32)).toBeNull();
  });
  it('refuses a request without a leading slash', () => {
    expect(resolveStaticPath(ROOT, 'index.html')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['app.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['photo.webp', 'image/webp'],
    ['font.woff2', 'font/woff2'],
    ['son.mp3', 'audio/mpeg'],
    ['data.json', 'application/json; charset=utf-8'],
    ['unknown.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
