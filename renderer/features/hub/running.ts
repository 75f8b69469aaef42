/**
 * The app's one push, started by the app shell when the machine config has a `hub` block
 * (app/useHubPush.ts), and read by the status panel of the Diagnostic and Données screens.
 */
import { useSyncExternalStore } from 'react';
import { startHubPush, type HubPushDeps, type HubPushHandle, type HubView } from './hubPush';

let current: HubPushHandle | null = null;
const watchers = new Set<() => void>();
const notify = () => watchers.forEach((w) => w());

export function startAppHubPush(deps: HubPushDeps): HubPushHandle {
  current?.stop();
  const handle = startHubPush(deps);
  handle.subscribe(notify);
  current = handle;
  notify();
  return {
    ...handle,
    stop() {
      handle.stop();
      if (current === handle) current = null;
      notify();
    },
  };
}

/** The running push, or null when the hub is off. */
export const runningHubPush = (): HubPushHandle | null => current;

/** The push's state for a screen; null when no push runs (no `hub` block). */
export function useHubView(): HubView | null {
  return useSyncExternalStore(
    (watch) => {
      watchers.add(watch);
      return () => watchers.delete(watch);
    },
    () => current?.view() ?? null,
  );
}
