/**
 * The real electron-log wiring: lines written to `<userData>/logs/kiosque.log` at the configured
 * level, read back by `tail`, and rotated at the size cap. electron-log loads `electron` with a
 * CommonJS require that `vi.mock` cannot reach, so Node's resolver sends it to a small stub
 * (and `vi.mock` hands logger.ts the same stub).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

type Resolve = (request: string, ...rest: unknown[]) => string;
const resolver = Module as unknown as { _resolveFilename: Resolve };
const original = resolver._resolveFilename;
const stub = path.join(import.meta.dirname, 'electron-stub.cjs');
resolver._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  return request === 'electron' ? stub : original.call(this, request, ...rest);
};

// logger.ts imports `electron` as a module: the same stub instance, through Node's require cache.
vi.mock('electron', async () => {
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('./electron-stub.cjs') as Record<string, unknown>;
});

const { createMainLogger, LOG_FILE_NAME, readTail } = await import('../../../electron/log/logger');
const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-logger-'));
afterAll(() => {
  resolver._resolveFilename = original;
  rmSync(dir, { recursive: true, force: true });
});

describe('main logger (electron-log)', () => {
  // macOS has no machine-wide folder: the logger falls back to <userData>/logs.
  const log = createMainLogger({
    userData: dir,
    level: 'info',
    consoleLevel: false,
    platform: 'darwin',
  });
  const file = path.join(dir, 'logs', LOG_FILE_NAME);

  it('writes event lines with their details at the configured level', async () => {
    expect(log.folder).toBe(path.join(dir, 'logs'));
    log.info('app.start', { version: '0.1.0', lockdown: true });
    log.warn('config.issue', { field: 'idle.timeoutSeconds' });
    log.debug('too.detailed');
    await expect
      .poll(() => existsSync(file) && readFileSync(file, 'utf8'))
      .toContain('config.issue');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/\[info\]\s+app\.start \{"version":"0\.1\.0","lockdown":true\}/);
    expect(text).not.toContain('too.detailed');
    expect(await log.tail(1)).toEqual([expect.stringContaining('config.issue')]);
  });

  it('closes the IPC channel electron-log opens, so the renderer logs through the gate only', async () => {
    const { createRequire } = await import('node:module');
    const { ipcMain } = createRequire(import.meta.url)(stub) as {
      ipcMain: { channels: Set<string> };
    };
    expect([...ipcMain.channels].filter((c) => c.includes('__ELECTRON_LOG__'))).toEqual([]);
  });

  it('reads the tail of a large file without its cut first line', async () => {
    const lines = await readTail(file, 50);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(await readTail(path.join(dir, 'absent.log'), 5)).toEqual([]);
  });
});
