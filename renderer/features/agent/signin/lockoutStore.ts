/** Keeps the lockout in the settings table, so a reload of the page does not reset it. */
import type { Settings } from '../../../data/settings';
import { parseLockout, type LockoutState } from './lockout';

const KEY = 'agentPinLockout';

export function lockoutStoreOf(settings: Settings) {
  return {
    async load(): Promise<LockoutState> {
      return parseLockout(await settings.get<unknown>(KEY));
    },
    async save(state: LockoutState): Promise<void> {
      await settings.set(KEY, state);
    },
  };
}
