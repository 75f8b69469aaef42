import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import {
  HANG_GRACE_MS,
  installRecovery,
  retryDelayMs,
  shouldReloadAfterGone,
} from '../../../electron/recovery';
import { describeShortcut } from '../../../electron/input-guard';
import { FakeWebContents } from './fake-electron';
import { captureLogger } from './test-logger';

const HOME = 'app://kiosque/index.html';

function setup() {
  const calls: string[] = [];
  const contents = new FakeWebContents(calls);
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const log = captureLogger();
  installRecovery(contents as unknown as WebContents, {
    home: HOME,
    log,
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      (t as { cleared: boolean }).cleared = true;
    },
  });
  return { contents, timers, log, calls };
}

describe('retry delays', () => {
  it('doubles from 1 s and caps at 60 s', () => {
    expect([0, 1, 2, 3, 5, 6, 10, 100].map(retryDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 32_000, 60_000, 60_000, 60_000,
    ]);
    expect(retryDelayMs(-1)).toBe(1000);
  });

  it('reloads after every exit except a clean one', () => {
    expect(shouldReloadAfterGone('crashed')).toBe(true);
    expect(shouldReloadAfterGone('oom')).toBe(true);
    expect(shouldReloadAfterGone('killed')).toBe(true);
    expect(shouldReloadAfterGone('clean-exit')).toBe(false);
  });
});

describe('installRecovery', () => {
  it('reloads home after a crash, not after a clean exit', () => {
    const { contents, log } = setup();
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    expect(contents.loaded).toEqual([HOME]);
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.loaded).toEqual([HOME]);
    expect(log.lines.filter((l) => l.event === 'renderer.gone')).toHaveLength(2);
  });

  it('kills a page hung past the grace period, unless it recovers', () => {
    const { contents, timers, calls } = setup();
    contents.emit('unresponsive');
    contents.emit('unresponsive');
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBe(HANG_GRACE_MS);
    contents.emit('responsive');
    expect(timers[0]?.cleared).toBe(true);
    contents.emit('unresponsive');
    timers[1]?.fn();
    expect(calls).toContain('contents.forcefullyCrashRenderer');
  });

  it('retries a failed main-frame load with growing delays, then resets', () => {
    const { contents, timers, log } = setup();
    contents.emit('did-fail-load', {}, -106, 'ERR_INTERNET_DISCONNECTED', HOME, true);
    contents.emit('did-fail-load', {}, -106, 'ERR_INTERNET_DISCONNECTED', HOME, true);
    expect(timers.map((t) => t.ms)).toEqual([1000, 2000]);
    expect(timers[0]?.cleared).toBe(true);
    timers[1]?.fn();
    expect(contents.loaded).toEqual([HOME]);
    contents.emit('did-finish-load');
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', HOME, true);
    expect(timers.at(-1)?.ms).toBe(1000);
    expect(log.text()).toContain('load.recovered');
  });

  it('ignores aborted loads and sub-frames', () => {
    const { contents, timers } = setup();
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', HOME, true);
    contents.emit('did-fail-load', {}, -106, 'x', 'app://kiosque/frame.html', false);
    expect(timers).toHaveLength(0);
  });
});

describe('describeShortcut', () => {
  it('names blocked combinations for the log', () => {
    expect(
      describeShortcut({
        key: 'i',
        code: 'KeyI',
        control: true,
        alt: false,
        shift: true,
        meta: false,
      }),
    ).toBe('Ctrl+Shift+I');
    expect(
      describeShortcut({
        key: 'F4',
        code: 'F4',
        control: false,
        alt: true,
        shift: false,
        meta: false,
      }),
    ).toBe('Alt+F4');
    expect(
      describeShortcut({
        key: 'Unidentified',
        code: 'BrowserBack',
        control: false,
        alt: false,
        shift: false,
        meta: false,
      }),
    ).toBe('BrowserBack');
  });
});
