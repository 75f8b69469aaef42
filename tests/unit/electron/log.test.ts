import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSafeToken, sanitiseRendererEntry } from '../../../electron/log/sanitise';
import { chooseLogFolder, machineLogFolder } from '../../../electron/log/log-folder';
import { archiveName, rotateLogFiles } from '../../../electron/log/rotation';
import { createBlockSummary } from '../../../electron/log/block-summary';
import { createAdminSession } from '../../../electron/admin/admin-session';
import { createIpcHandlers } from '../../../electron/ipc/handlers';
import { createActivityTracker, type MainContext } from '../../../electron/context';
import { DEFAULT_CONFIG } from '../../../electron/shared/config-schema';
import type { AdminPin } from '../../../electron/admin/admin-pin';
import { captureLogger } from './test-logger';

const PIN = '482916';
const NOTE = 'Mme Dupont veut refaire sa carte vitale, tel 0612345678, jeanne.dupont@example.fr';

describe('sanitiseRendererEntry', () => {
  it('keeps event names, numbers, booleans and short tokens', () => {
    expect(
      sanitiseRendererEntry({
        level: 'warn',
        event: 'journal.export',
        details: { rows: 42, ok: true, format: 'csv', exercise: 'mail-01' },
      }),
    ).toEqual({
      level: 'warn',
      event: 'journal.export',
      details: { rows: 42, ok: true, format: 'csv', exercise: 'mail-01' },
    });
  });

  it('drops free text, digit runs, e-mails and sensitive keys, counting what it dropped', () => {
    const clean = sanitiseRendererEntry({
      level: 'info',
      event: 'agent.signin',
      details: {
        pin: PIN,
        note: NOTE,
        attempt: PIN,
        who: 'jeanne.dupont@example.fr',
        phone: 612345678,
        big: 482916,
        text: 'bonjour',
        step: 3,
      },
    });
    expect(clean?.details).toEqual({ step: 3, dropped: 7 });
  });

  it('refuses events that are not plain names', () => {
    for (const event of [
      'Journal Export',
      'journal/export',
      NOTE,
      `pin.${PIN}`,
      '',
      'a'.repeat(80),
      'événement',
    ]) {
      expect(sanitiseRendererEntry({ level: 'info', event })).toBeNull();
    }
    expect(sanitiseRendererEntry(null)).toBeNull();
    expect(sanitiseRendererEntry('journal.export')).toBeNull();
  });

  it('defaults an unknown level to info and ignores non-object details', () => {
    expect(sanitiseRendererEntry({ level: 'fatal', event: 'x', details: 'texte' })).toEqual({
      level: 'info',
      event: 'x',
      details: {},
    });
  });

  it('tells tokens from text', () => {
    expect(isSafeToken('fr')).toBe(true);
    expect(isSafeToken('caf-2')).toBe(true);
    expect(isSafeToken('2026-11-28')).toBe(false);
    expect(isSafeToken('deux mots')).toBe(false);
    expect(isSafeToken('a@b.fr')).toBe(false);
  });

  it('never lets a PIN or a note reach the log through the IPC log channel', async () => {
    const log = captureLogger();
    const ctx: MainContext = {
      config: DEFAULT_CONFIG,
      configSource: null,
      configIssues: [],
      lockdown: true,
      appVersion: '0.0.0',
      paths: { userData: '/tmp/u', logs: null, backups: '/tmp/b' },
      log,
      getWindow: () => null,
      activity: createActivityTracker(),
      getIdleSeconds: () => 0,
      listBackups: async () => [],
      allowQuit: () => undefined,
    };
    const adminPin: AdminPin = {
      state: () => 'configured',
      access: () => ({ state: 'ready', pin: 'configured' }),
      setInitial: async () => ({ ok: true }),
      check: async () => 'wrong',
    };
    const handlers = createIpcHandlers({
      ctx,
      adminPin,
      exportDeps: {
        backupsFolder: '/tmp/b',
        log,
        probe: {
          platform: 'linux',
          user: 'k',
          env: {},
          listFolders: async () => [],
          windowsRemovableDrives: async () => [],
        },
      },
      adminSession: createAdminSession(),
      platform: 'linux',
      versions: { app: '0', electron: '0', chrome: '0', node: '0' },
      quit: () => undefined,
      diagnostics: { collect: vi.fn(), writeBundle: vi.fn() },
    });
    await handlers.log({
      level: 'info',
      event: 'agent.note-saved',
      details: { note: NOTE, pin: PIN, length: NOTE.length, code: PIN },
    });
    await handlers.log({ level: 'error', event: NOTE, details: { x: 1 } });
    await handlers.log({
      level: 'info',
      event: 'pin.entered',
      details: { value: PIN, digits: PIN },
    });
    const text = log.text();
    expect(text).toContain('renderer.agent.note-saved');
    expect(text).toContain('renderer.log-refused');
    expect(text).not.toContain(PIN);
    expect(text).not.toContain('Dupont');
    expect(text).not.toContain('0612345678');
    expect(text).not.toContain('@');
  });
});

describe('log folder', () => {
  it('prefers the machine folder of each OS when writable', () => {
    expect(machineLogFolder('win32', { ProgramData: 'C:\\ProgramData' })).toBe(
      'C:\\ProgramData\\KiosqueNumerique\\logs',
    );
    expect(machineLogFolder('linux', {})).toBe('/var/log/kiosque-numerique');
    expect(
      chooseLogFolder({
        platform: 'linux',
        env: {},
        userData: '/home/k/.config/k',
        canWrite: () => true,
      }),
    ).toBe('/var/log/kiosque-numerique');
  });

  it('falls back to <userData>/logs, then to nothing', () => {
    const onlyUser = (f: string) => f.startsWith('/home');
    expect(
      chooseLogFolder({
        platform: 'linux',
        env: {},
        userData: '/home/k/.config/k',
        canWrite: onlyUser,
      }),
    ).toBe('/home/k/.config/k/logs');
    expect(
      chooseLogFolder({
        platform: 'darwin',
        env: {},
        userData: '/Users/k/Library/k',
        canWrite: () => true,
      }),
    ).toBe('/Users/k/Library/k/logs');
    expect(
      chooseLogFolder({ platform: 'linux', env: {}, userData: '/home/k', canWrite: () => false }),
    ).toBeNull();
  });
});

describe('log rotation', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('shifts archives and keeps at most N', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-log-'));
    const file = path.join(dir, 'kiosque.log');
    expect(archiveName(file, 2)).toBe(path.join(dir, 'kiosque.2.log'));
    for (let round = 1; round <= 5; round += 1) {
      writeFileSync(file, `round ${round}`);
      rotateLogFiles(file, 3, { existsSync, renameSync, rmSync });
    }
    expect(readdirSync(dir).sort()).toEqual(['kiosque.1.log', 'kiosque.2.log', 'kiosque.3.log']);
    expect(readFileSync(path.join(dir, 'kiosque.1.log'), 'utf8')).toBe('round 5');
    expect(readFileSync(path.join(dir, 'kiosque.3.log'), 'utf8')).toBe('round 3');
  });

  it('never throws when a file is locked', () => {
    expect(() =>
      rotateLogFiles('/x/kiosque.log', 3, {
        existsSync: () => true,
        renameSync: () => {
          throw new Error('EBUSY');
        },
        rmSync: () => undefined,
      }),
    ).not.toThrow();
  });
});

describe('block summary', () => {
  it('logs the first block of each kind at once, then one summary per period', () => {
    vi.useFakeTimers();
    try {
      const log = captureLogger();
      const blocks = createBlockSummary(log, 60_000);
      for (let i = 0; i < 50; i += 1) blocks.record('key', 'F5');
      blocks.record('key', 'Ctrl+W');
      blocks.record('navigation', 'https://example.org');
      expect(log.lines.map((l) => l.event)).toEqual([
        'lockdown.block',
        'lockdown.block',
        'lockdown.block',
      ]);
      vi.advanceTimersByTime(60_000);
      expect(log.lines).toHaveLength(4);
      expect(log.lines[3]).toMatchObject({ event: 'lockdown.blocked', details: { 'key:F5': 49 } });
      vi.advanceTimersByTime(60_000);
      expect(log.lines).toHaveLength(4); // nothing new, nothing logged
      expect(blocks.totals().get('key:F5')).toBe(50);
      blocks.dispose();
    } finally {
      vi.useRealTimers();
    }
  });

  it('pools labels past its cap so memory stays bounded', () => {
    const log = captureLogger();
    const blocks = createBlockSummary(log, 60_000);
    for (let i = 0; i < 300; i += 1) blocks.record('navigation', `https://site${i}.example`);
    expect(blocks.totals().size).toBe(201);
    expect(blocks.totals().get('navigation:other')).toBe(100);
    blocks.dispose();
  });
});
