import { useCallback, useSyncExternalStore } from 'react';
import { canSpeak, onVoicesChanged } from './speech';

/** True while the system has a voice for `lang`; follows late voice loading. */
export function useCanSpeak(lang: string): boolean {
  const snapshot = useCallback(() => canSpeak(lang), [lang]);
  return useSyncExternalStore(onVoicesChanged, snapshot);
}
