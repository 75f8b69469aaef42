/**
 * The daily restart (config `dailyRestart`, "HH:MM" local time): each day starts with a fresh
 * process, as kiosk products offer. It happens only once the kiosk has sat on the attract screen
 * for `RESTART_IDLE_MINUTES`; a counter busy at that hour restarts as soon as it is idle, the
 * same day. A process started after today's time never restarts again today, so there is no
 * loop. Under systemd the app only exits (the service restarts it); elsewhere it relaunches.
 */
import type { ActivitySnapshot, MainContext } from './context';
import { isUnderSystemd } from './updates/signature';

export const RESTART_IDLE_MINUTES = 5;
export const RESTART_CHECK_MS = 60_000;

/** Today's restart moment (ms), for a local time "HH:MM" and the current moment. */
export function restartMomentOf(time: string, now: number): number {
  const [hours, minutes] = time.split(':').map(Number);
  const day = new Date(now);
  day.setHours(hours ?? 0, minutes ?? 0, 0, 0);
  return day.getTime();
}

/** True when the app should restart now. */
export function shouldRestartNow(input: {
  time: string | null;
  now: number;
  startedAt: number;
  activity: ActivitySnapshot;
}): boolean {
  if (input.time === null) return false;
  const moment = restartMomentOf(input.time, input.now);
  if (input.now < moment || input.startedAt >= moment) return false;
  return (
    input.activity.state === 'attract' &&
    input.now - input.activity.since >= RESTART_IDLE_MINUTES * 60_000
  );
}

export interface RestartDeps {
  ctx: Pick<MainContext, 'config' | 'activity' | 'log' | 'allowQuit'>;
  platform: string;
  env: Record<string, string | undefined>;
  relaunch(): void;
  exit(code: number): void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

/** Checks once a minute; returns the check, for tests. */
export function registerDailyRestart(deps: RestartDeps): () => void {
  const now = deps.now ?? (() => Date.now());
  const startedAt = now();
  const check = (): void => {
    const restart = shouldRestartNow({
      time: deps.ctx.config.dailyRestart,
      now: now(),
      startedAt,
      activity: deps.ctx.activity.current(),
    });
    if (!restart) return;
    const supervised = deps.platform === 'linux' && isUnderSystemd(deps.env);
    deps.ctx.log.info('app.daily-restart', { supervised });
    deps.ctx.allowQuit('daily-restart');
    if (!supervised) deps.relaunch();
    deps.exit(0);
  };
  if (deps.ctx.config.dailyRestart !== null)
    (deps.setTimer ?? ((fn, ms) => setInterval(fn, ms)))(check, RESTART_CHECK_MS);
  return check;
}
