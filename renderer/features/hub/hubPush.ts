/**
 * The counter's push, running for as long as the app runs: at start, a few seconds after each
 * change of the outbox (Dexie's liveQuery sees every write of the journal store), every
 * `pushIntervalMinutes` with jitter, on wake-up (a tick that comes late means the machine
 * slept) and when the network comes back, later and later after failures. The timing rules are
 * the shared scheduler's (electron/shared/hub/schedule.ts); one round is pushRound.ts.
 * The screens subscribe to what it records.
 */
import { liveQuery } from 'dexie';
import {
  createPushScheduler,
  DEFAULT_SCHEDULE,
  sleptBetween,
  type PushScheduler,
  type ScheduleOptions,
} from '../../../electron/shared/hub/schedule';
import type { Place } from '../../data/types';
import type { Platform } from '../../platform/types';
import {
  EMPTY_RECORD,
  pushRound,
  readRecord,
  type HubRecord,
  type RoundServices,
} from './pushRound';

const TICK_MS = 30_000;

export interface HubView extends HubRecord {
  pending: number;
  oldestPendingAt: string | null;
  running: boolean;
}

const EMPTY_VIEW: HubView = { ...EMPTY_RECORD, pending: 0, oldestPendingAt: null, running: false };

type Listener = (view: HubView) => void;

export interface HubPushHandle {
  /** Push now (the screens' « Envoyer maintenant »). */
  pushNow(): void;
  view(): HubView;
  subscribe(listener: Listener): () => void;
  stop(): void;
}

export interface HubPushDeps {
  services: RoundServices;
  place: Place;
  platform: Pick<Platform, 'hubPush'>;
  intervalMinutes: number;
  /** Test hooks; the app uses the defaults. */
  schedule?: Partial<Omit<ScheduleOptions, 'intervalMs'>>;
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export function startHubPush(deps: HubPushDeps): HubPushHandle {
  const listeners = new Set<Listener>();
  let view: HubView = EMPTY_VIEW;
  const publish = (patch: Partial<HubView>) => {
    view = { ...view, ...patch };
    for (const listener of listeners) listener(view);
  };
  // What the last round before this start recorded (unless a round already ran).
  void readRecord(deps.services).then((record) => {
    if (view.lastAttemptAt === null) publish(record);
  });

  const scheduler: PushScheduler = createPushScheduler({
    options: {
      ...DEFAULT_SCHEDULE,
      ...deps.schedule,
      intervalMs: deps.intervalMinutes * 60_000,
    },
    async run() {
      publish({ running: true });
      const { ok, record } = await pushRound(deps.services, deps.place, (request) =>
        deps.platform.hubPush(request),
      );
      publish({ ...record, running: false });
      return ok;
    },
    now: () => Date.now(),
    random: Math.random,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });

  // Every change of this place's outbox; the first answer is the state at start.
  let last: string | null = null;
  const subscription = liveQuery(() => deps.services.outbox.stats(deps.place)).subscribe({
    next(stats) {
      const key = `${stats.pending}|${stats.oldestQueuedAt ?? ''}`;
      const first = last === null;
      const changed = key !== last;
      last = key;
      publish({ pending: stats.pending, oldestPendingAt: stats.oldestQueuedAt });
      if (!first && changed && stats.pending > 0) scheduler.changed();
    },
  });

  let lastTick = Date.now();
  const tick = setInterval(() => {
    const now = Date.now();
    if (sleptBetween(lastTick, now, TICK_MS)) scheduler.resumed();
    lastTick = now;
  }, TICK_MS);
  const target = deps.window ?? window;
  const online = () => scheduler.resumed();
  target.addEventListener('online', online);

  scheduler.start();
  return {
    pushNow: () => scheduler.now(),
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      scheduler.stop();
      subscription.unsubscribe();
      clearInterval(tick);
      target.removeEventListener('online', online);
      listeners.clear();
    },
  };
}
