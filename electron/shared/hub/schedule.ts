/**
 * When the counter pushes: soon after start, a few seconds after a change (debounced, but
 * never later than a bound after the first change), every N minutes with jitter so that a
 * hundred counters do not arrive together, soon after a wake-up; after a failure, later and
 * later (exponential backoff with jitter). Pure functions plus a small timer-driven scheduler
 * whose clock and timers are injected (tests drive them by hand). No Node, no Electron.
 */

export interface ScheduleOptions {
  intervalMs: number;
  startDelayMs: number;
  debounceMs: number;
  /** A change waits at most this long after the first unsent change. */
  maxDebounceMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Fraction of a delay spread at random (0.2: ±20 % on the interval, −20 % on backoff). */
  jitter: number;
}

export const DEFAULT_SCHEDULE: Omit<ScheduleOptions, 'intervalMs'> = {
  startDelayMs: 5_000,
  debounceMs: 5_000,
  maxDebounceMs: 60_000,
  backoffBaseMs: 30_000,
  backoffMaxMs: 30 * 60_000,
  jitter: 0.2,
};

/** Delay before the retry that follows `failures` consecutive failures (1 → ~30 s, 2 → ~1 min…). */
export function backoffDelay(failures: number, o: ScheduleOptions, random: number): number {
  const exp = Math.min(o.backoffBaseMs * 2 ** Math.max(0, failures - 1), o.backoffMaxMs);
  return Math.round(exp * (1 - o.jitter * random));
}

/** The periodic delay, spread ±jitter around the interval. */
export function intervalDelay(o: ScheduleOptions, random: number): number {
  return Math.round(o.intervalMs * (1 + o.jitter * (2 * random - 1)));
}

/** Delay after a change, given when the first unsent change was made. */
export function debounceDelay(firstChangeAt: number, now: number, o: ScheduleOptions): number {
  return Math.max(0, Math.min(o.debounceMs, firstChangeAt + o.maxDebounceMs - now));
}

/** True when the gap between two ticks shows the machine slept (or the page was frozen). */
export const sleptBetween = (lastTick: number, now: number, tickMs: number): boolean =>
  now - lastTick > tickMs * 3 + 30_000;

export interface SchedulerDeps {
  options: ScheduleOptions;
  /** One push round; resolves true on success. Never rejects (errors are results). */
  run(): Promise<boolean>;
  now(): number;
  random(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export function createPushScheduler(deps: SchedulerDeps) {
  const o = deps.options;
  let timer: unknown = null;
  let dueAt = Infinity;
  let failures = 0;
  let running = false;
  let again = false;
  let firstChangeAt: number | null = null;
  let stopped = false;

  /** Keeps the earlier of the planned run and a new one `ms` from now. */
  function plan(ms: number, force = false) {
    if (stopped) return;
    const at = deps.now() + ms;
    if (!force && at >= dueAt) return;
    if (timer !== null) deps.clearTimer(timer);
    dueAt = at;
    timer = deps.setTimer(fire, ms);
  }

  async function fire() {
    timer = null;
    dueAt = Infinity;
    if (running) {
      again = true;
      return;
    }
    running = true;
    firstChangeAt = null;
    const ok = await deps.run();
    running = false;
    failures = ok ? 0 : failures + 1;
    if (ok && again) {
      again = false;
      firstChangeAt = deps.now();
      plan(debounceDelay(firstChangeAt, deps.now(), o), true);
    } else {
      again = false;
      plan(ok ? intervalDelay(o, deps.random()) : backoffDelay(failures, o, deps.random()), true);
    }
  }

  return {
    start: () => plan(o.startDelayMs, true),
    /** A journal change: push soon, unless the hub is failing (the backoff stands). */
    changed() {
      if (running) {
        again = true;
        return;
      }
      if (failures > 0) return;
      firstChangeAt ??= deps.now();
      plan(debounceDelay(firstChangeAt, deps.now(), o));
    },
    /** Wake-up or network back: try soon, whatever the backoff said. */
    resumed: () => plan(Math.min(o.startDelayMs, 2_000)),
    /** Push now (the "Envoyer maintenant" button). */
    now: () => plan(0),
    stop() {
      stopped = true;
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
    },
    failures: () => failures,
    nextAt: () => dueAt,
  };
}

export type PushScheduler = ReturnType<typeof createPushScheduler>;
