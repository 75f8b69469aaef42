// @vitest-environment jsdom
/**
 * The browser kiosk's boot info in two steps (renderer/platform/web.ts): the first paints the
 * attract screen without zod or Dexie, and never differs from the whole on what it shows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../../renderer/data/db';
import { DB_NAME } from '../../../renderer/data/schema';
import type { StagedBootInfo } from '../../../renderer/platform/types';

const HASH =
  'pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGg=';

async function storePin(): Promise<void> {
  const db = openDb(DB_NAME);
  await db.settings.put({ key: 'adminPinHash', value: HASH });
  db.close();
}

/** A fresh page: the web platform's module state starts over, config.json answers `body`. */
async function boot(response: { status: number; body?: unknown }): Promise<StagedBootInfo> {
  vi.resetModules();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      response.status === 404
        ? new Response('', { status: 404 })
        : new Response(JSON.stringify(response.body), { status: response.status }),
    ),
  );
  const { createWebPlatform } = await import('../../../renderer/platform/web');
  const platform = createWebPlatform();
  if (!platform.bootInStages) throw new Error('the web platform boots in stages');
  return platform.bootInStages();
}

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

const FILE = { siteId: 'mairie-test', siteName: 'Mairie de Test', idle: { timeoutSeconds: 300 } };

describe('the web platform’s staged boot', () => {
  it('paints from the file’s attract fields, then completes with the schema', async () => {
    await storePin();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { first, complete } = await boot({ status: 200, body: { ...FILE, typo: 1 } });
    expect(first.config.siteName).toBe('Mairie de Test');
    expect(first.config.languages).toEqual({
      default: 'fr',
      enabled: ['fr', 'en'],
      preview: false,
    });
    expect(first.adminAccess).toEqual({ state: 'ready', pin: 'stored' });
    expect(complete).not.toBeNull();
    const full = await complete!();
    expect(full.config).toMatchObject({
      siteId: 'mairie-test',
      siteName: first.config.siteName,
      languages: first.config.languages,
      idle: { timeoutSeconds: 300 },
    });
    expect(full.configIssues).toEqual([{ path: 'typo', message: 'champ inconnu (ignoré)' }]);
    expect(full.adminAccess).toEqual(first.adminAccess);
    expect(await complete!()).toBe(full); // Validated once.
  });

  it('waits for the schema before the first-run setup (it is not the attract screen)', async () => {
    const { first, complete } = await boot({ status: 200, body: FILE });
    expect(complete).toBeNull();
    expect(first.adminAccess).toEqual({ state: 'first-run' });
    expect(first.config.siteId).toBe('mairie-test');
  });

  it('waits for the schema when a field the attract screen shows is not plainly valid', async () => {
    await storePin();
    const { first, complete } = await boot({ status: 200, body: { ...FILE, siteName: '' } });
    expect(complete).toBeNull();
    expect(first.config.siteName).toBe('Accueil');
    expect(first.configIssues.map((i) => i.path)).toEqual(['siteName']);
  });

  it('knows a missing file in full at once: first run, defaults', async () => {
    const { first, complete } = await boot({ status: 404 });
    expect(complete).toBeNull();
    expect(first.adminAccess).toEqual({ state: 'first-run' });
    expect(first.configSource).toBeNull();
    expect(first.config.siteId).toBe('site-principal');
  });

  it('keeps the agent area closed for a file that is not an object, without the schema', async () => {
    await storePin();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { first, complete } = await boot({ status: 200, body: ['fr'] });
    expect(complete).toBeNull();
    expect(first.adminAccess).toMatchObject({
      state: 'config-required',
      problem: { reason: 'not-object' },
    });
    expect(first.lockdown).toBe(true);
  });
});
