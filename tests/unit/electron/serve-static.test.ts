import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../scripts/serve-static';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';

let dir = '';
let server: Server;
let base = '';

/** A GET with the path sent as is (fetch would resolve `..` before sending). */
function rawGet(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}x`, { path: rawPath }, (res) => {
      let body = '';
      res.on('data', (c) => (body += String(c)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-static-'));
  const root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Kiosque</title>');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  writeFileSync(path.join(dir, 'config.json'), '{"siteId":"mairie-test"}');
  ({ server, url: base } = await startStaticServer({
    root,
    port: 0,
    configPath: path.join(dir, 'config.json'),
  }));
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser kiosk static server', () => {
  it('listens on 127.0.0.1 and serves index.html with the CSP', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(base);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the machine config as /config.json', async () => {
    const response = await fetch(`${base}config.json`);
    expect(await response.json()).toEqual({ siteId: 'mairie-test' });
  });

  it('uses MIME types, lists no folder and refuses traversal', async () => {
    expect((await fetch(`${base}assets/app.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await fetch(`${base}assets/`)).status).toBe(404);
    for (const raw of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/.env',
    ]) {
      const response = await rawGet(raw);
      expect(response.status, raw).toBe(403);
      expect(response.body).not.toContain('outside');
    }
    expect((await fetch(`${base}absent.js`)).status).toBe(404);
    expect((await fetch(base, { method: 'POST' })).status).toBe(405);
  });
});
