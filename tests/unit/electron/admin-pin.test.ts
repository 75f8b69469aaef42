import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAdminPin, LOCKOUT_FILE, STORED_PIN_FILE } from '../../../electron/admin/admin-pin';
import {
  afterAttempt,
  isLocked,
  NO_LOCKOUT,
  parseLockoutState,
} from '../../../electron/admin/lockout';
import { hashPin } from '../../../electron/shared/pin-hash';
import { captureLogger } from './test-logger';

const PIN = '482916';
const policy = { maxAttempts: 3, lockMinutes: 5 };
const CONFIG_PATH = '/etc/kiosque-numerique/config.json';
const FILE_READ = { file: { state: 'read', path: CONFIG_PATH }, hashInvalid: false } as const;
const NO_FILE = { file: { state: 'absent' }, hashInvalid: false } as const;

describe('lockout transitions', () => {
  it('locks after maxAttempts wrong codes and unlocks after lockMinutes', () => {
    let s = NO_LOCKOUT;
    s = afterAttempt(s, false, 0, policy);
    s = afterAttempt(s, false, 1, policy);
    expect(s).toEqual({ failures: 2, lockedUntil: null });
    s = afterAttempt(s, false, 2, policy);
    expect(s).toEqual({ failures: 0, lockedUntil: 2 + 5 * 60_000 });
    expect(isLocked(s, 1000)).toBe(true);
    expect(isLocked(s, 2 + 5 * 60_000)).toBe(false);
    expect(afterAttempt(s, false, 10 * 60_000, policy)).toEqual({ failures: 1, lockedUntil: null });
  });

  it('resets on success', () => {
    expect(afterAttempt({ failures: 2, lockedUntil: null }, true, 0, policy)).toEqual(NO_LOCKOUT);
  });

  it('reads stored state defensively', () => {
    expect(parseLockoutState(null)).toEqual(NO_LOCKOUT);
    expect(parseLockoutState({ failures: -3, lockedUntil: 'soon' })).toEqual(NO_LOCKOUT);
    expect(parseLockoutState({ failures: 2, lockedUntil: 99 })).toEqual({
      failures: 2,
      lockedUntil: 99,
    });
  });
});

describe('admin PIN in main', () => {
  let dir = '';
  let configHash = '';
  beforeAll(async () => {
    configHash = await hashPin(PIN, 1000);
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-pin-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies against the config hash and logs failures without the code', async () => {
    const log = captureLogger();
    const pin = createAdminPin({ userData: dir, configHash, ...FILE_READ, policy, log });
    expect(pin.state()).toBe('configured');
    expect(await pin.check(PIN)).toBe('ok');
    expect(await pin.check('000000')).toBe('wrong');
    expect(await pin.check('not a pin')).toBe('wrong');
    expect(log.text()).toContain('pin.failed');
    expect(log.text()).not.toContain('000000');
    expect(log.text()).not.toContain(PIN);
  });

  it('locks after repeated failures, refuses even the right code, and survives a restart', async () => {
    let now = 1_000_000;
    const make = () =>
      createAdminPin({
        userData: dir,
        configHash,
        ...FILE_READ,
        policy,
        log: captureLogger(),
        now: () => now,
      });
    const first = make();
    expect(await first.check('111112')).toBe('wrong');
    expect(await first.check('111113')).toBe('wrong');
    expect(await first.check('111114')).toBe('locked');
    expect(await first.check(PIN)).toBe('locked');
    const restarted = make();
    expect(await restarted.check(PIN)).toBe('locked');
    expect(JSON.parse(readFileSync(path.join(dir, LOCKOUT_FILE), 'utf8'))).toMatchObject({
      lockedUntil: 1_000_000 + 5 * 60_000,
    });
    now += 5 * 60_000;
    expect(await restarted.check(PIN)).toBe('ok');
  });

  it('serialises parallel attempts so none escapes the count', async () => {
    const pin = createAdminPin({
      userData: dir,
      configHash,
      ...FILE_READ,
      policy,
      log: captureLogger(),
    });
    const results = await Promise.all(
      ['100001', '100002', '100003', '100004', PIN].map((p) => pin.check(p)),
    );
    expect(results).toEqual(['wrong', 'wrong', 'locked', 'locked', 'locked']);
  });

  it('sets a first-run PIN once, stored hashed', async () => {
    const pin = createAdminPin({
      userData: dir,
      configHash: null,
      ...NO_FILE,
      policy,
      log: captureLogger(),
    });
    expect(pin.state()).toBe('missing');
    expect(await pin.check(PIN)).toBe('wrong');
    expect(await pin.setInitial('12')).toEqual({ ok: false, error: 'pin-format' });
    expect(await pin.setInitial('123456')).toEqual({ ok: false, error: 'pin-weak' });
    expect(await pin.setInitial(PIN)).toEqual({ ok: true });
    expect(pin.state()).toBe('stored');
    const stored = readFileSync(path.join(dir, STORED_PIN_FILE), 'utf8');
    expect(stored).not.toContain(PIN);
    expect(stored).toMatch(/pbkdf2-sha256\$600000\$/);
    expect(await pin.setInitial('730194')).toEqual({ ok: false, error: 'pin-exists' });
    expect(await pin.check(PIN)).toBe('ok');
  });

  it('refuses first-run setup when the config holds a hash, and ignores a tampered stored file', async () => {
    writeFileSync(path.join(dir, STORED_PIN_FILE), JSON.stringify({ hash: 'plain-text-pin' }));
    const withoutConfig = createAdminPin({
      userData: dir,
      configHash: null,
      ...NO_FILE,
      policy,
      log: captureLogger(),
    });
    expect(withoutConfig.state()).toBe('missing');
    const withConfig = createAdminPin({
      userData: dir,
      configHash,
      ...FILE_READ,
      policy,
      log: captureLogger(),
    });
    expect(await withConfig.setInitial('730194')).toEqual({ ok: false, error: 'pin-exists' });
  });

  it('keeps every door shut while the machine config needs IT (no first-run takeover)', async () => {
    const log = captureLogger();
    const unreadable = createAdminPin({
      userData: dir,
      configHash: null,
      file: {
        state: 'failed',
        problem: { reason: 'unreadable', path: CONFIG_PATH, detail: 'EACCES' },
      },
      hashInvalid: false,
      policy,
      log,
    });
    expect(unreadable.access()).toMatchObject({ state: 'config-required' });
    expect(await unreadable.setInitial(PIN)).toEqual({ ok: false, error: 'setup-not-allowed' });
    expect(await unreadable.check(PIN)).toBe('wrong');
    expect(log.text()).toContain('pin.setup-refused-config-required');

    const noHash = createAdminPin({ userData: dir, configHash: null, ...FILE_READ, policy, log });
    expect(noHash.access()).toEqual({
      state: 'config-required',
      problem: { reason: 'no-hash', path: CONFIG_PATH },
    });
    expect(await noHash.setInitial(PIN)).toEqual({ ok: false, error: 'setup-not-allowed' });
  });
});
