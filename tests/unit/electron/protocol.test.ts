import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SECURITY_HEADERS, contentSecurityPolicy } from '../../../electron/csp';
import { captureLogger } from './test-logger';

vi.mock('electron', () => ({
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));
const { APP_HOME, serveAppRequest } = await import('../../../electron/protocol');

let root = '';
beforeAll(() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-protocol-'));
  root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Kiosque</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.info(1)');
  writeFileSync(path.join(root, 'styled.html'), '<style>a{b:c}</style>');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
});
afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const get = (url: string, method = 'GET') =>
  serveAppRequest(root, new Request(url, { method }), captureLogger());

describe('app:// protocol handler', () => {
  it('serves the home page with the CSP and its MIME type', async () => {
    const response = await get(APP_HOME);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      SECURITY_HEADERS['Content-Security-Policy'],
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Kiosque</title>');
  });

  it('allows, on an HTML page, that page’s own inline style by its hash', async () => {
    const hash = "'sha256-0cRUVYRKwNwnl1hkfkPGjkht16b039TjFdJzmXfFK2o='";
    const page = await get('app://kiosque/styled.html');
    expect(page.headers.get('content-security-policy')).toContain(contentSecurityPolicy([hash]));
    const script = await get('app://kiosque/assets/app.js');
    expect(script.headers.get('content-security-policy')).not.toContain('sha256');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://kiosque/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses traversal with 403 and missing files with 404', async () => {
    // Request (like Chromium) resolves %2e%2e itself: the file outside the root is still not served.
    const normalised = await get('app://kiosque/%2e%2e/secret.txt');
    expect(normalised.status).toBe(404);
    expect(await normalised.text()).not.toContain('outside');
    expect((await get('app://kiosque/..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://kiosque/absent.js')).status).toBe(404);
    expect((await get('app://kiosque/assets')).status).toBe(404);
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get(APP_HOME, 'POST')).status).toBe(405);
    const head = await get(APP_HOME, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
