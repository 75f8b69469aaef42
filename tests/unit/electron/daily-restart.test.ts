import { describe, expect, it } from 'vitest';
import { registerDailyRestart, shouldRestartNow } from '../../../electron/daily-restart';
import { createActivityTracker } from '../../../electron/context';
import { captureLogger } from './test-logger';
import { DEFAULT_CONFIG } from '../../../electron/shared/config-schema';

const at = (hh: number, mm = 0, day = 2) => new Date(2026, 2, day, hh, mm).getTime();
const MIN = 60_000;

describe('daily restart', () => {
  const idleSince = (since: number) => ({ state: 'attract' as const, since });

  it('restarts after the configured time, once idle on the attract screen', () => {
    const base = { time: '04:00', startedAt: at(8, 0, 1), activity: idleSince(at(3, 50)) };
    expect(shouldRestartNow({ ...base, now: at(3, 59) })).toBe(false);
    expect(shouldRestartNow({ ...base, now: at(4, 0) })).toBe(true);
    // Busy at 04:00: later the same day, once idle for 5 minutes.
    const busy = { ...base, activity: { state: 'citizen' as const, since: at(3, 55) } };
    expect(shouldRestartNow({ ...busy, now: at(9, 0) })).toBe(false);
    expect(shouldRestartNow({ ...base, activity: idleSince(at(9, 0)), now: at(9, 4) })).toBe(false);
    expect(shouldRestartNow({ ...base, activity: idleSince(at(9, 0)), now: at(9, 5) })).toBe(true);
  });

  it("never loops: a process started after today's time waits for tomorrow; null is never", () => {
    const activity = idleSince(at(0, 0));
    expect(shouldRestartNow({ time: '04:00', startedAt: at(4, 1), now: at(23, 0), activity })).toBe(
      false,
    );
    expect(shouldRestartNow({ time: null, startedAt: 0, now: at(23, 0), activity })).toBe(false);
  });

  it('relaunches, or only exits under systemd (the service restarts it)', () => {
    for (const env of [{}, { INVOCATION_ID: 'x' }]) {
      let now = at(3, 0);
      const calls: string[] = [];
      const activity = createActivityTracker(() => at(2, 0));
      const check = registerDailyRestart({
        ctx: {
          config: { ...DEFAULT_CONFIG, dailyRestart: '04:00' },
          activity,
          log: captureLogger(),
          allowQuit: (reason) => calls.push(`allow:${reason}`),
        },
        platform: 'linux',
        env,
        relaunch: () => calls.push('relaunch'),
        exit: (code) => calls.push(`exit:${code}`),
        now: () => now,
        setTimer: () => undefined,
      });
      check();
      expect(calls).toEqual([]);
      now = at(4, 0) + MIN;
      check();
      expect(calls).toEqual(
        'INVOCATION_ID' in env
          ? ['allow:daily-restart', 'exit:0']
          : ['allow:daily-restart', 'relaunch', 'exit:0'],
      );
    }
  });
});
