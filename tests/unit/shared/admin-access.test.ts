/**
 * No first-boot takeover: the agent area opens to a first-run PIN setup only where there is no
 * machine config file at all; every unusable file keeps it closed with the exact reason.
 * The loader runs on a fake file system, then the decision, as main and the page do.
 */
import { describe, expect, it } from 'vitest';
import { loadMachineConfig, type ConfigFs } from '../../../electron/config/load';
import { decideAdminAccess, type AdminAccess } from '../../../electron/shared/admin-access';
import { describeConfigProblem } from '../../../electron/shared/config-problem-text';

const MACHINE = '/etc/kiosque-numerique/config.json';
const HASH = `pbkdf2-sha256$600000$${'A'.repeat(22)}==$${'B'.repeat(43)}=`;

type FakeFile = string | { error: string };

function fs(files: Record<string, FakeFile>): ConfigFs {
  return {
    exists: (f) => f in files,
    readText: (f) => {
      const file = files[f];
      if (file === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      if (typeof file !== 'string') throw Object.assign(new Error('denied'), { code: file.error });
      return file;
    },
  };
}

function access(
  files: Record<string, FakeFile>,
  options: { mode?: 'electron' | 'web'; storedPin?: boolean; argv?: string[] } = {},
): AdminAccess {
  const loaded = loadMachineConfig({
    argv: options.argv ?? [],
    env: {},
    platform: 'linux',
    fs: fs(files),
  });
  return decideAdminAccess({
    mode: options.mode ?? 'electron',
    file: loaded.file,
    configHash: loaded.config.adminPinHash,
    hashInvalid: loaded.hashInvalid,
    storedPin: options.storedPin ?? false,
  });
}

describe('who may open the agent area (Electron)', () => {
  it('offers first-run setup only when there is no machine config file at all', () => {
    expect(access({})).toEqual({ state: 'first-run' });
    expect(access({}, { storedPin: true })).toEqual({ state: 'ready', pin: 'stored' });
  });

  it('uses a valid hash from the file', () => {
    expect(access({ [MACHINE]: JSON.stringify({ adminPinHash: HASH }) })).toEqual({
      state: 'ready',
      pin: 'configured',
    });
  });

  it('keeps the agent area closed for a file it cannot read (0640, wrong group)', () => {
    expect(access({ [MACHINE]: { error: 'EACCES' } }, { storedPin: true })).toEqual({
      state: 'config-required',
      problem: { reason: 'unreadable', path: MACHINE, detail: 'EACCES' },
    });
  });

  it('keeps it closed for an explicit path that does not exist', () => {
    expect(access({}, { argv: ['--config', '/srv/kiosque.json'] })).toEqual({
      state: 'config-required',
      problem: { reason: 'not-found', path: '/srv/kiosque.json' },
    });
  });

  it('keeps it closed for a file that is not JSON, or not an object', () => {
    const broken = access({ [MACHINE]: '{ "siteId": ' });
    expect(broken).toMatchObject({
      state: 'config-required',
      problem: { reason: 'invalid-json', path: MACHINE },
    });
    expect(access({ [MACHINE]: '[1, 2]' })).toEqual({
      state: 'config-required',
      problem: { reason: 'not-object', path: MACHINE },
    });
  });

  it('keeps it closed for an invalid hash, even with a PIN stored earlier', () => {
    expect(
      access({ [MACHINE]: JSON.stringify({ adminPinHash: 'plain-123456' }) }, { storedPin: true }),
    ).toEqual({ state: 'config-required', problem: { reason: 'invalid-hash', path: MACHINE } });
  });

  it('never offers first-run setup for a valid file without a hash', () => {
    const file = { [MACHINE]: JSON.stringify({ siteId: 'mairie-x' }) };
    expect(access(file)).toEqual({
      state: 'config-required',
      problem: { reason: 'no-hash', path: MACHINE },
    });
    // A PIN chosen before IT deployed the file stays usable; none can be chosen now.
    expect(access(file, { storedPin: true })).toEqual({ state: 'ready', pin: 'stored' });
  });

  it('does not close the agent area for other field errors (they take safe defaults)', () => {
    expect(
      access({ [MACHINE]: JSON.stringify({ adminPinHash: HASH, idle: { timeoutSeconds: 1 } }) }),
    ).toEqual({ state: 'ready', pin: 'configured' });
  });
});

describe('who may open the agent area (browser kiosk)', () => {
  it('ignores a hash (the page never gets one) and sets the PIN at first run', () => {
    const file = { [MACHINE]: JSON.stringify({ adminPinHash: HASH }) };
    expect(access(file, { mode: 'web' })).toEqual({ state: 'first-run' });
    expect(access(file, { mode: 'web', storedPin: true })).toEqual({
      state: 'ready',
      pin: 'stored',
    });
  });

  it('keeps the agent area closed when the file exists but cannot be used', () => {
    expect(access({ [MACHINE]: { error: 'EACCES' } }, { mode: 'web', storedPin: true })).toEqual(
      expect.objectContaining({ state: 'config-required' }),
    );
    expect(access({ [MACHINE]: 'nope' }, { mode: 'web' })).toEqual(
      expect.objectContaining({ state: 'config-required' }),
    );
  });
});

describe('the log line for IT', () => {
  it('gives the exact reason, the file and what to do, in French', () => {
    const line = describeConfigProblem({ reason: 'unreadable', path: MACHINE, detail: 'EACCES' });
    expect(line).toBe(
      `Configuration requise : le fichier de configuration ne peut pas être lu (EACCES) : ${MACHINE}. Donnez le droit de lecture au compte du kiosque (Linux : chown root:kiosque et chmod 0640 ; Windows : lecture pour le compte kiosque), puis redémarrez le kiosque.`,
    );
  });
});
