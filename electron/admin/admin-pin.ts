/**
 * The admin PIN in main: the hash comes from the machine config, else from the first-run setup
 * (stored atomically in userData, settable only once, and only where no machine config file
 * exists: see shared/admin-access.ts). Every check goes through the lockout; failures are
 * logged as counts, never with the code. While the config needs IT, no code opens anything.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AdminPinState, Result } from '../ipc/contract';
import type { MainLogger } from '../context';
import { PIN_HASH_PATTERN } from '../shared/config-schema';
import { decideAdminAccess, type AdminAccess, type ConfigFileStatus } from '../shared/admin-access';
import { hashPin, isWeakPin, isWellFormedPin, verifyPin } from '../shared/pin-hash';
import { writeFileAtomic } from '../files/atomic-write';
import {
  afterAttempt,
  isLocked,
  parseLockoutState,
  type LockoutPolicy,
  type LockoutState,
} from './lockout';

export const STORED_PIN_FILE = 'admin-pin.json';
export const LOCKOUT_FILE = 'admin-pin-lockout.json';

export type PinCheck = 'ok' | 'wrong' | 'locked';

export interface AdminPinDeps {
  userData: string;
  configHash: string | null;
  /** What the config loader found, and whether the file's hash was refused. */
  file: ConfigFileStatus;
  hashInvalid: boolean;
  policy: LockoutPolicy;
  log: MainLogger;
  now?: () => number;
}

export interface AdminPin {
  state(): AdminPinState;
  access(): AdminAccess;
  setInitial(pin: string): Promise<Result>;
  check(pin: string): Promise<PinCheck>;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

export function createAdminPin(deps: AdminPinDeps): AdminPin {
  const now = deps.now ?? Date.now;
  const pinFile = path.join(deps.userData, STORED_PIN_FILE);
  const lockoutFile = path.join(deps.userData, LOCKOUT_FILE);

  const storedHash = (): string | null => {
    const raw = readJson(pinFile) as { hash?: unknown } | null;
    return typeof raw?.hash === 'string' && PIN_HASH_PATTERN.test(raw.hash) ? raw.hash : null;
  };
  const currentHash = (): string | null => deps.configHash ?? storedHash();
  const access = (): AdminAccess =>
    decideAdminAccess({
      mode: 'electron',
      file: deps.file,
      configHash: deps.configHash,
      hashInvalid: deps.hashInvalid,
      storedPin: storedHash() !== null,
    });
  let lockout: LockoutState = parseLockoutState(readJson(lockoutFile));
  // One check at a time: parallel calls must not each see the old failure count.
  let queue: Promise<unknown> = Promise.resolve();

  const saveLockout = async (next: LockoutState) => {
    lockout = next;
    try {
      await writeFileAtomic(lockoutFile, JSON.stringify(next));
    } catch {
      deps.log.error('pin.lockout-not-saved');
    }
  };

  const checkNow = async (pin: string): Promise<PinCheck> => {
    if (isLocked(lockout, now())) {
      deps.log.warn('pin.refused-locked');
      return 'locked';
    }
    if (access().state !== 'ready') {
      deps.log.warn('pin.refused-config-required');
      return 'wrong';
    }
    const hash = currentHash();
    const ok = hash !== null && isWellFormedPin(pin) && (await verifyPin(pin, hash));
    const next = afterAttempt(lockout, ok, now(), deps.policy);
    if (!ok) {
      if (next.lockedUntil !== null)
        deps.log.warn('pin.lockout', { minutes: deps.policy.lockMinutes });
      else deps.log.warn('pin.failed', { attempts: next.failures });
    }
    if (next.failures !== lockout.failures || next.lockedUntil !== lockout.lockedUntil)
      await saveLockout(next);
    return ok ? 'ok' : isLocked(next, now()) ? 'locked' : 'wrong';
  };

  return {
    state: () => (deps.configHash ? 'configured' : storedHash() ? 'stored' : 'missing'),
    access,
    async setInitial(pin) {
      if (currentHash()) return { ok: false, error: 'pin-exists' };
      if (access().state !== 'first-run') {
        deps.log.warn('pin.setup-refused-config-required');
        return { ok: false, error: 'setup-not-allowed' };
      }
      if (!isWellFormedPin(pin)) return { ok: false, error: 'pin-format' };
      if (isWeakPin(pin)) return { ok: false, error: 'pin-weak' };
      try {
        await writeFileAtomic(pinFile, JSON.stringify({ hash: await hashPin(pin) }));
      } catch {
        deps.log.error('pin.setup-failed');
        return { ok: false, error: 'write-failed' };
      }
      deps.log.info('pin.setup-done');
      return { ok: true };
    },
    check(pin) {
      const run = queue.then(() => checkNow(pin));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
