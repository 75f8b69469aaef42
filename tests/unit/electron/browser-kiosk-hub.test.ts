/**
 * The browser kiosk's hub endpoint as a page and an attacker meet it: the launcher's start
 * address gives one browser an HttpOnly session once; pushes need that session and the page's
 * header; other Hosts, other sites and a second use of the start address get nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubService } from '../../../electron/hub/service';
import { hubEndpoint } from '../../../scripts/browser-kiosk/hub-endpoint';
import { startKioskServer } from '../../../scripts/browser-kiosk/server';

let root = '';
const servers: Server[] = [];
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kiosque-hub-endpoint-'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Kiosque</title>');
});
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A hub service that records what it was asked to push. */
function recordingService() {
  const pushed: unknown[] = [];
  const service: HubService = {
    async push(request) {
      pushed.push(request);
      return { ok: false, code: 'unreachable', message: 'test' };
    },
    state: async () => ({
      enabled: true,
      host: 'hub.test:5432',
      reachable: null,
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: null,
    }),
    close: async () => undefined,
  };
  return { service, pushed };
}

async function serveWithHub() {
  const { service, pushed } = recordingService();
  const hub = hubEndpoint(service);
  const started = await startKioskServer({ root, port: 0, configPath: null, hub });
  servers.push(started.server);
  return { ...started, hub, pushed };
}

const post = (url: string, headers: Record<string, string>, body = '{"entries":[],"audit":[]}') =>
  fetch(`${url}__hub/push`, { method: 'POST', headers, body, redirect: 'manual' });

describe('browser kiosk hub endpoint', () => {
  it('gives its session once, at the start address, as an HttpOnly SameSite cookie', async () => {
    const { url, hub } = await serveWithHub();
    const first = await fetch(new URL(hub.startPath, url), { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^kiosque_hub=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=\/__hub\/$/,
    );
    const again = await fetch(new URL(hub.startPath, url), { redirect: 'manual' });
    expect(again.status).toBe(303);
    expect(again.headers.get('set-cookie')).toBeNull();
    const wrong = await fetch(`${url}__hub/start?t=guess`, { redirect: 'manual' });
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('pushes only with the session and the page’s header', async () => {
    const { url, hub, pushed } = await serveWithHub();
    const start = await fetch(new URL(hub.startPath, url), { redirect: 'manual' });
    const session = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await post(url, { 'X-Kiosque-Hub': '1' })).status).toBe(401);
    expect((await post(url, { Cookie: session })).status).toBe(401);
    expect((await post(url, { Cookie: 'kiosque_hub=forged', 'X-Kiosque-Hub': '1' })).status).toBe(
      401,
    );
    expect(pushed).toEqual([]);
    const ok = await post(url, { Cookie: session, 'X-Kiosque-Hub': '1' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(await ok.json()).toMatchObject({ ok: false, code: 'unreachable' });
    expect(pushed).toEqual([{ entries: [], audit: [] }]);
    const status = await fetch(`${url}__hub/status`, {
      method: 'POST',
      headers: { Cookie: session, 'X-Kiosque-Hub': '1' },
    });
    expect(await status.json()).toMatchObject({ enabled: true, host: 'hub.test:5432' });
  });

  it('refuses other sites, other Hosts, other methods and unreadable bodies', async () => {
    const { url, hub, pushed } = await serveWithHub();
    const start = await fetch(new URL(hub.startPath, url), { redirect: 'manual' });
    const session = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const own = { Cookie: session, 'X-Kiosque-Hub': '1' };
    expect((await post(url, { ...own, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post(url, { ...own, Origin: 'http://localhost:5173' })).status).toBe(403);
    expect((await fetch(`${url}__hub/push`, { headers: own })).status).toBe(404);
    expect((await fetch(`${url}__hub/other`, { method: 'POST', headers: own })).status).toBe(405);
    expect((await post(url, own, '{not json')).status).toBe(400);
    expect(pushed).toEqual([]);
  });

  it('without a hub, its paths answer 404 and never the page', async () => {
    const started = await startKioskServer({ root, port: 0, configPath: null });
    servers.push(started.server);
    const answer = await post(started.url, { 'X-Kiosque-Hub': '1' });
    expect(answer.status).toBe(404);
  });
});
