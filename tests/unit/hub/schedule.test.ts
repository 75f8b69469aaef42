import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  createPushScheduler,
  debounceDelay,
  DEFAULT_SCHEDULE,
  intervalDelay,
  sleptBetween,
  type ScheduleOptions,
} from '../../../electron/shared/hub/schedule';

const options: ScheduleOptions = { ...DEFAULT_SCHEDULE, intervalMs: 15 * 60_000 };

describe('schedule arithmetic', () => {
  it('backs off 30 s, 1 min, 2 min… up to 30 min, jitter only shortening', () => {
    expect([1, 2, 3, 4].map((f) => backoffDelay(f, options, 0))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(backoffDelay(20, options, 0)).toBe(30 * 60_000);
    expect(backoffDelay(1, options, 1)).toBe(24_000);
  });

  it('spreads the interval ±20 %', () => {
    expect(intervalDelay(options, 0)).toBe(12 * 60_000);
    expect(intervalDelay(options, 0.5)).toBe(15 * 60_000);
    expect(intervalDelay(options, 1)).toBe(18 * 60_000);
  });

  it('debounces a change 5 s, never beyond 60 s after the first change', () => {
    expect(debounceDelay(1_000, 1_000, options)).toBe(5_000);
    expect(debounceDelay(0, 58_000, options)).toBe(2_000);
    expect(debounceDelay(0, 90_000, options)).toBe(0);
  });

  it('tells a sleep from a late tick', () => {
    expect(sleptBetween(0, 61_000, 10_000)).toBe(true);
    expect(sleptBetween(0, 15_000, 10_000)).toBe(false);
  });
});

/** Fake clock and timers: `advance` fires what is due, in order. */
function harness(results: boolean[]) {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const runs: number[] = [];
  const scheduler = createPushScheduler({
    options,
    now: () => now,
    random: () => 0.5,
    setTimer(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (id) => void timers.delete(id as number),
    async run() {
      runs.push(now);
      return results.shift() ?? true;
    },
  });
  async function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      await new Promise((r) => setTimeout(r, 0));
    }
    now = end;
  }
  return { scheduler, runs, advance, now: () => now };
}

describe('the push scheduler', () => {
  it('pushes at start, then every interval', async () => {
    const h = harness([]);
    h.scheduler.start();
    await h.advance(5_000 + 15 * 60_000 * 2);
    expect(h.runs).toEqual([5_000, 5_000 + 900_000, 5_000 + 1_800_000]);
  });

  it('debounces changes: several saves make one push 5 s after the last, bounded by 60 s', async () => {
    const h = harness([]);
    h.scheduler.start();
    await h.advance(10_000);
    h.scheduler.changed();
    await h.advance(3_000);
    h.scheduler.changed();
    await h.advance(10_000);
    expect(h.runs).toEqual([5_000, 15_000]);
  });

  it('backs off after failures and a change does not shorten the backoff; a wake-up does', async () => {
    const h = harness([false, false, true]);
    h.scheduler.start();
    await h.advance(5_000);
    expect(h.scheduler.failures()).toBe(1);
    h.scheduler.changed();
    await h.advance(20_000);
    expect(h.runs).toEqual([5_000]);
    await h.advance(10_000);
    expect(h.runs).toEqual([5_000, 5_000 + 27_000]);
    h.scheduler.resumed();
    await h.advance(2_000);
    expect(h.runs.length).toBe(3);
    expect(h.scheduler.failures()).toBe(0);
  });

  it('a change during a push schedules another one right after', async () => {
    let release: (ok: boolean) => void = () => undefined;
    const now = 0;
    const fired: number[] = [];
    const timers: { at: number; fn: () => void }[] = [];
    const scheduler = createPushScheduler({
      options,
      now: () => now,
      random: () => 0.5,
      setTimer: (fn, ms) => timers.push({ at: now + ms, fn }),
      clearTimer: () => undefined,
      run: () =>
        new Promise<boolean>((r) => {
          fired.push(now);
          release = r;
        }),
    });
    scheduler.now();
    timers.shift()?.fn();
    scheduler.changed();
    release(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(timers.at(-1)?.at).toBe(5_000);
    expect(fired).toEqual([0]);
  });
});
