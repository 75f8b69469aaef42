import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { openDb } from '../../../renderer/db/db';
import {
  bundleFacts,
  countTables,
  formatBytes,
  readStorageFacts,
} from '../../../renderer/features/admin/diagnostics/rendererFacts';
import { DEFAULT_CONFIG, publicConfig } from '../../../electron/shared/config-schema';
import type { BootInfo } from '../../../renderer/platform/types';

// A translator that shows the key and the value, enough to check units and rounding.
const t = ((key: string, options?: { value?: string }) =>
  `${options?.value ?? ''} ${key}`) as unknown as TFunction<'deploy'>;

describe('renderer diagnostics facts', () => {
  it('counts the rows of every table of the database', async () => {
    const database = openDb(`test-diag-${Date.now()}`);
    await database.settings.put({ key: 'a', value: 1 });
    await database.settings.put({ key: 'b', value: 2 });
    const counts = await countTables(database);
    expect(counts.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'settings',
        'agents',
        'journalDays',
        'dayStats',
        'catalogue',
        'practice',
        'backups',
      ]),
    );
    expect(counts.find((c) => c.name === 'settings')?.rows).toBe(2);
    expect(counts.find((c) => c.name === 'journalDays')?.rows).toBe(0);
    database.close();
  });

  it('reads the storage estimate and persistence, or says it cannot', async () => {
    const storage = {
      estimate: async () => ({ usage: 5_000, quota: 1_000_000 }),
      persisted: async () => true,
    } as unknown as StorageManager;
    expect(await readStorageFacts(storage)).toEqual({
      usage: 5_000,
      quota: 1_000_000,
      persisted: true,
    });
    const broken = {
      estimate: () => Promise.reject(new Error('denied')),
      persisted: () => Promise.reject(new Error('denied')),
    } as unknown as StorageManager;
    expect(await readStorageFacts(broken)).toEqual({ usage: null, quota: null, persisted: null });
    expect(await readStorageFacts(undefined)).toEqual({
      usage: null,
      quota: null,
      persisted: null,
    });
  });

  it('formats sizes in binary units, localised', () => {
    expect(formatBytes(512, t, 'fr')).toBe('512 size.bytes');
    expect(formatBytes(73_728, t, 'fr')).toBe('72 size.kilobytes');
    expect(formatBytes(1_572_864, t, 'fr')).toBe('1,5 size.megabytes');
    expect(formatBytes(1_572_864, t, 'en')).toBe('1.5 size.megabytes');
    expect(formatBytes(10 * 1024 ** 3, t, 'en')).toBe('10 size.gigabytes');
  });

  it('puts only counts, sizes and flags in the support bundle', () => {
    const boot: BootInfo = {
      config: publicConfig(DEFAULT_CONFIG),
      configSource: '/config.json',
      configIssues: [{ path: 'idle.timeoutSeconds', message: 'trop petit' }],
      adminPin: 'configured',
      adminAccess: { state: 'ready', pin: 'configured' },
      configHashIgnored: false,
      lockdown: true,
      versions: { app: '0.1.0', electron: '', chrome: '156.0.0.0', node: '' },
      platform: 'Linux x86_64',
    };
    const facts = bundleFacts({
      boot,
      counts: [
        { name: 'journal', rows: 12 },
        { name: 'agents', rows: null },
      ],
      storage: { usage: 100, quota: 1000, persisted: false },
      language: 'fr',
    });
    expect(facts).toEqual({
      'renderer.language': 'fr',
      'config.issueCount': 1,
      'storage.usage': 100,
      'storage.quota': 1000,
      'storage.persisted': false,
      'db.journal': 12,
      'db.agents': null,
    });
  });
});
