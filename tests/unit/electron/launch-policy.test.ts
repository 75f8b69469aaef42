import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  decideLaunch,
  forbiddenSwitches,
  type LaunchInput,
} from '../../../electron/launch/launch-policy';
import { readBuildVariant } from '../../../electron/launch/build-variant';
import { installSignalQuit } from '../../../electron/launch/signal-quit';
import { captureLogger } from './test-logger';

const base: LaunchInput = {
  isPackaged: true,
  variant: 'production',
  argv: ['/opt/kiosque/kiosque-numerique'],
  env: {},
  platform: 'linux',
  machineConfigExists: true,
};

describe('launch policy of a packaged production build', () => {
  it('ignores --dev, KIOSQUE_CONFIG, KIOSQUE_USER_DATA and a user ProgramData', () => {
    const decision = decideLaunch({
      ...base,
      argv: [...base.argv, '--dev'],
      env: {
        KIOSQUE_CONFIG: '/home/kiosque/evil.json',
        KIOSQUE_USER_DATA: '/home/kiosque/data',
        ProgramData: 'C:\\Users\\kiosque\\fake',
        PATH: '/usr/bin',
      },
    });
    expect(decision).toMatchObject({ refusal: null, dev: false, userData: null });
    expect(decision.configEnv.KIOSQUE_CONFIG).toBeUndefined();
    expect(decision.configEnv.ProgramData).toBeUndefined();
    expect(decision.configEnv.PATH).toBe('/usr/bin');
    expect(decision.ignored).toEqual(['--dev', 'KIOSQUE_CONFIG', 'KIOSQUE_USER_DATA']);
  });

  it('refuses to start with a debugging or sandbox-weakening switch, in every spelling', () => {
    for (const arg of [
      '--remote-debugging-port=9222',
      '--remote-debugging-pipe',
      '--inspect',
      '--inspect-brk=0',
      '--no-sandbox',
      '--disable-web-security',
      '--js-flags=--allow-natives-syntax',
      '-inspect',
      '--INSPECT',
    ]) {
      expect(decideLaunch({ ...base, argv: [...base.argv, arg] }).refusal).toMatch(
        /^forbidden-switch:/,
      );
    }
    expect(forbiddenSwitches(['app', '/remote-debugging-port=1'], 'win32')).toEqual([
      'remote-debugging-port',
    ]);
    // Not a switch on Linux (a path), and nothing after a bare `--` is read as a switch.
    expect(forbiddenSwitches(['app', '/inspect'], 'linux')).toEqual([]);
    expect(forbiddenSwitches(['app', '--', '--inspect'], 'linux')).toEqual([]);
  });

  it('keeps --config PATH for IT', () => {
    const decision = decideLaunch({
      ...base,
      argv: [...base.argv, '--config', '/etc/kiosque-numerique/poste-2.json'],
    });
    expect(decision.refusal).toBeNull();
  });
});

describe('launch policy of the other builds', () => {
  it('honours the doors in a development run', () => {
    const decision = decideLaunch({
      ...base,
      isPackaged: false,
      argv: [...base.argv, '--dev', '--inspect'],
      env: { KIOSQUE_USER_DATA: '/tmp/x', KIOSQUE_CONFIG: '/tmp/c.json' },
    });
    expect(decision).toMatchObject({ refusal: null, dev: true, userData: '/tmp/x', ignored: [] });
    expect(decision.configEnv.KIOSQUE_CONFIG).toBe('/tmp/c.json');
  });

  it('runs the test build only where no machine config exists', () => {
    const test = { ...base, variant: 'test' as const, argv: [...base.argv, '--inspect=0'] };
    expect(decideLaunch(test).refusal).toBe('test-build-on-counter');
    expect(decideLaunch({ ...test, machineConfigExists: false }).refusal).toBeNull();
  });

  it('reads the variant from the packaged package.json, production by default', () => {
    expect(readBuildVariant(() => '{"kiosqueVariant":"test"}')).toBe('test');
    expect(readBuildVariant(() => '{"name":"kiosque-numerique"}')).toBe('production');
    expect(
      readBuildVariant(() => {
        throw new Error('ENOENT');
      }),
    ).toBe('production');
  });
});

describe('signals', () => {
  it('SIGTERM allows the quit, quits, and exits if the quit stalls', () => {
    const proc = new EventEmitter();
    const order: string[] = [];
    const timers: (() => void)[] = [];
    installSignalQuit({
      process: proc as unknown as NodeJS.Process,
      allowQuit: (reason) => order.push(`allow:${reason}`),
      quit: () => order.push('quit'),
      exit: (code) => order.push(`exit:${code}`),
      log: captureLogger(),
      setTimer: (fn) => {
        timers.push(fn);
        return {};
      },
    });
    proc.emit('SIGTERM');
    proc.emit('SIGTERM');
    expect(order).toEqual(['allow:signal-SIGTERM', 'quit']);
    timers.forEach((fn) => fn());
    expect(order.at(-1)).toBe('exit:0');
  });
});
