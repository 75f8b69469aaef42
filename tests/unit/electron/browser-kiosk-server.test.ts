/**
 * The browser kiosk's server as an attacker meets it: only its own loopback Host is answered,
 * other pages of the browser are refused, and `/config.json` never carries a secret.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PORT,
  portFromArgs,
  PortInUseError,
  startKioskServer,
} from '../../../scripts/browser-kiosk/server';
import { runHandlers, send } from '../../../scripts/browser-kiosk/handlers';
import { stripSecrets } from '../../../scripts/browser-kiosk/public-config';
import { BROWSER_KIOSK_SECURITY_HEADERS, browserKioskPageHeaders } from '../../../electron/csp';

const HASH = `pbkdf2-sha256$600000$${'A'.repeat(22)}==$${'B'.repeat(43)}=`;

let dir = '';
let root = '';
const servers: Server[] = [];

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A GET sent as is: raw path and any headers (fetch would fix both). */
function rawGet(base: string, rawPath: string, headers: Record<string, string> = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(base, { path: rawPath, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += String(c)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function serve(configPath: string | null) {
  const started = await startKioskServer({ root, port: 0, configPath });
  servers.push(started.server);
  return started;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-server-'));
  root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Kiosque</title>');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(root, 'styled.html'), '<style>a{b:c}</style>');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
});
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser kiosk server: who it answers', () => {
  it('listens on 127.0.0.1 and serves index.html with the CSP to its own Host', async () => {
    const { url } = await serve(null);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      BROWSER_KIOSK_SECURITY_HEADERS['Content-Security-Policy'],
    );
  });

  it('allows, on an HTML page, that page’s own inline style by its hash', async () => {
    const { url } = await serve(null);
    const page = await fetch(`${url}styled.html`);
    expect(page.headers.get('content-security-policy')).toBe(
      browserKioskPageHeaders('<style>a{b:c}</style>')['Content-Security-Policy'],
    );
    expect(page.headers.get('content-security-policy')).toContain(
      "'sha256-0cRUVYRKwNwnl1hkfkPGjkht16b039TjFdJzmXfFK2o='",
    );
    const sheet = await fetch(`${url}assets/app.css`);
    expect(sheet.headers.get('content-security-policy')).toBe(
      BROWSER_KIOSK_SECURITY_HEADERS['Content-Security-Policy'],
    );
  });

  it('answers 421 to any other Host: DNS rebinding, localhost, another port', async () => {
    const { url, port } = await serve(null);
    for (const host of [
      `kiosque.attacker.example:${port}`,
      `localhost:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `127.0.0.1:${port}.evil.example`,
    ]) {
      const answer = await rawGet(url, '/config.json', { Host: host });
      expect(answer.status, host).toBe(421);
    }
  });

  it('answers 403 to other pages of the browser and 405 to other methods', async () => {
    const { url, port } = await serve(null);
    const own = { Host: `127.0.0.1:${port}` };
    expect((await rawGet(url, '/', { ...own, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await rawGet(url, '/', { ...own, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await rawGet(url, '/', { ...own, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('uses MIME types, lists no folder and refuses traversal', async () => {
    const { url } = await serve(null);
    expect((await fetch(`${url}assets/app.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await fetch(`${url}assets/`)).status).toBe(404);
    for (const raw of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/.env',
    ]) {
      const answer = await rawGet(url, raw);
      expect(answer.status, raw).toBe(403);
      expect(answer.body).not.toContain('outside');
    }
    expect((await fetch(`${url}absent.js`)).status).toBe(404);
  });

  it('keeps its fixed port: a port in use is an error, never another port', async () => {
    const { port } = await serve(null);
    await expect(startKioskServer({ root, port, configPath: null })).rejects.toBeInstanceOf(
      PortInUseError,
    );
    expect(portFromArgs([])).toBe(DEFAULT_PORT);
    expect(portFromArgs(['--port', '4381'])).toBe(4381);
    expect(portFromArgs(['--port=4382'])).toBe(4382);
    expect(() => portFromArgs(['--port', '80'])).toThrow(/1024 à 65535/);
    expect(() => portFromArgs(['--port', 'x'])).toThrow();
  });

  it('runs its handlers in order, so another endpoint is one more entry', async () => {
    const server = createServer(
      (req, res) =>
        void runHandlers([(r) => r.path === '/hub' && send(r, 200, 'hub'), () => false], req, res),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    expect(await (await fetch(`${base}hub`)).text()).toBe('hub');
    expect((await fetch(`${base}other`)).status).toBe(404);
  });
});

describe('browser kiosk server: /config.json gives no secret away', () => {
  it('sends the public part only and names what it removed', async () => {
    const file = path.join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        siteId: 'mairie-test',
        adminPinHash: HASH,
        updates: { url: 'https://maj:motdepasse@maj.exemple.fr/kiosque/' },
        hub: { connectionString: 'postgres://kiosque:s3cret@hub.local/kiosque', token: 'abc' },
      }),
    );
    const { url } = await serve(file);
    const answer = await rawGet(url, '/config.json');
    expect(answer.status).toBe(200);
    for (const secret of ['pbkdf2', 'motdepasse', 's3cret', 'abc', 'maj:'])
      expect(answer.body).not.toContain(secret);
    expect(JSON.parse(answer.body)).toEqual({
      siteId: 'mairie-test',
      updates: { url: 'https://maj.exemple.fr/kiosque/' },
      hub: { connectionString: 'postgres://hub.local/kiosque' },
    });
    expect(answer.headers['x-kiosque-config-removed']).toBe(
      'adminPinHash, updates.url, hub.connectionString, hub.token',
    );
  });

  it('answers 404 only when there is no config file at all', async () => {
    const { url } = await serve(null);
    expect((await fetch(`${url}config.json`)).status).toBe(404);
  });

  it('answers 503 with the reason for a file it cannot use, never its text', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, `{ "adminPinHash": "${HASH}", `);
    const folder = path.join(dir, 'a-folder.json');
    mkdirSync(folder);
    const cases: [string, string][] = [
      [broken, 'invalid-json'],
      [folder, 'unreadable'],
      [path.join(dir, 'absent.json'), 'not-found'],
    ];
    for (const [file, reason] of cases) {
      const { url } = await serve(file);
      const answer = await rawGet(url, '/config.json');
      expect(answer.status, file).toBe(503);
      expect(JSON.parse(answer.body)).toMatchObject({ problem: { reason, path: file } });
      expect(answer.body).not.toContain('pbkdf2');
    }
  });

  it('strips secrets at any depth, in arrays too', () => {
    const removed: string[] = [];
    expect(
      stripSecrets({ list: [{ password: 'x', url: 'ftp://u:p@h/' }], adminPinHash: null }, removed),
    ).toEqual({ list: [{ url: 'ftp://h/' }] });
    expect(removed).toEqual(['list[0].password', 'list[0].url']);
  });
});
