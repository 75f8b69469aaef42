import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeContext } from './fake-context';

vi.mock('electron', () => ({ app: { isPackaged: false } }));
vi.mock('electron-updater', () => ({ autoUpdater: null }));

import {
  collectMainDiagnostics,
  redactSecrets,
  sanitizeRendererDiagnostics,
  writeSupportBundle,
} from '../../../electron/diagnostics';

const PIN_HASH =
  'pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=';

describe('main diagnostics', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-diag-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports folders, the last 50 log lines, the newest backup and the updater state', async () => {
    const logTail = Array.from(
      { length: 80 },
      (_, i) => `[2026-03-02 08:00:${String(i).padStart(2, '0')}] [info] line ${i}`,
    );
    const ctx = fakeContext({
      logFolder: path.join(dir, 'logs'),
      logTail,
      userData: path.join(dir, 'userData'),
      backups: path.join(dir, 'backups'),
      backupFiles: [
        { name: 'sauvegarde-2026-03-02.json', size: 2048, modifiedAt: '2026-03-02T07:00:00.000Z' },
        { name: 'sauvegarde-2026-03-01.json', size: 1024, modifiedAt: '2026-03-01T07:00:00.000Z' },
      ],
    });
    const diag = await collectMainDiagnostics(ctx);
    expect(diag.logFolder).toBe(path.join(dir, 'logs'));
    expect(diag.logTail).toHaveLength(50);
    expect(diag.logTail[0]).toContain('line 30');
    expect(diag.logTail.at(-1)).toContain('line 79');
    expect(diag.userDataFolder).toBe(path.join(dir, 'userData'));
    expect(diag.backupFolder).toBe(path.join(dir, 'backups'));
    expect(diag.lastBackup?.name).toBe('sauvegarde-2026-03-02.json');
    expect(diag.updates).toEqual({ enabled: false, state: 'off' });
  });

  it('survives an unreadable log and backup folder', async () => {
    const ctx = fakeContext();
    ctx.log.tail = () => Promise.reject(new Error('EACCES'));
    ctx.listBackups = () => Promise.reject(new Error('ENOENT'));
    const diag = await collectMainDiagnostics(ctx);
    expect(diag.logTail).toEqual([]);
    expect(diag.lastBackup).toBeNull();
  });

  it('masks anything shaped like a PIN hash', () => {
    expect(redactSecrets(`config adminPinHash=${PIN_HASH} ok`)).toBe(
      'config adminPinHash=[empreinte masquée] ok',
    );
  });

  it('keeps only small, well-named facts from the renderer', () => {
    expect(
      sanitizeRendererDiagnostics({
        'db.journal': 12,
        'storage.persisted': true,
        'weird key with spaces': 'x',
        'storage.quota': Number.POSITIVE_INFINITY,
        note: 'y'.repeat(500),
      }),
    ).toEqual({
      'db.journal': 12,
      'storage.persisted': true,
      'storage.quota': null,
      note: 'y'.repeat(200),
    });
  });

  it('writes a support bundle atomically, with no PIN hash and no personal data', async () => {
    const backups = path.join(dir, 'backups', 'nested');
    const ctx = fakeContext({
      config: {
        adminPinHash: PIN_HASH,
        posteId: 'poste-3',
        siteId: 'mairie-test',
        updates: {
          url: 'https://deploy:s3cret@maj.example.fr/kiosque/',
          idleMinutesBeforeInstall: 10,
        },
      },
      backups,
      logTail: ['[info] app.start', `[warn] leaked ${PIN_HASH}`],
    });
    const result = await writeSupportBundle(ctx, { 'db.journal': 4, 'db.agents': 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // In their own sub-folder: never listed as a backup, never offered for restore.
    expect(path.dirname(result.path)).toBe(path.join(backups, 'support'));
    expect(path.basename(result.path)).toMatch(/^support-poste-3-\d{8}-\d{6}\.json$/);
    expect(readdirSync(backups)).toEqual(['support']);
    expect(readdirSync(path.join(backups, 'support'))).toEqual([path.basename(result.path)]);

    const text = readFileSync(result.path, 'utf8');
    expect(text).not.toContain('pbkdf2-sha256');
    expect(text).not.toContain('adminPinHash');
    expect(text).not.toContain('s3cret');
    expect(text).toContain('https://maj.example.fr/kiosque/');
    const bundle = JSON.parse(text) as Record<string, unknown> & {
      config: { effective: { siteId: string }; adminPinFromConfig: boolean };
      main: { logTail: string[] };
      renderer: Record<string, unknown>;
      app: { version: string };
    };
    expect(bundle.kind).toBe('kiosque-numerique-support-bundle');
    expect(bundle.app.version).toBe('1.2.3');
    expect(bundle.config.effective.siteId).toBe('mairie-test');
    expect(bundle.config.adminPinFromConfig).toBe(true);
    expect(bundle.main.logTail).toEqual(['[info] app.start', '[warn] leaked [empreinte masquée]']);
    expect(bundle.renderer).toEqual({ 'db.journal': 4, 'db.agents': 2 });
    expect(ctx.lines).toContainEqual({
      level: 'info',
      event: 'support-bundle.written',
      details: { file: path.basename(result.path) },
    });
  });

  it('reports a folder that cannot be written and leaves no temporary file', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const ctx = fakeContext({ backups: path.join(blocker, 'backups') });
    const result = await writeSupportBundle(ctx, {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^E[A-Z]+$/);
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
    expect(ctx.lines.some((l) => l.level === 'error' && l.event === 'support-bundle.failed')).toBe(
      true,
    );
  });
});
