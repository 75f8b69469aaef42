/** Keeps the lockout in the settings table, so a reload of the page does not reset it. */
import type { Settings } from '../../../data/settings';
import {
  parseLockout,
  type LockoutPolicy,
  type LockoutState,
} from '../../../../electron/shared/lockout';

const KEY = 'agentPinLockout';

export function lockoutStoreOf(settings: Settings) {
  return {
    /** The stored lockout, its end capped at now plus one lock (a wrong clock locks no one for years). */
    async load(policy: LockoutPolicy, now = Date.now()): Promise<LockoutState> {
      return parseLockout(await settings.get<unknown>(KEY), { policy, now });
    },
    async save(state: LockoutState): Promise<void> {
      await settings.set(KEY, state);
    },
  };
}
