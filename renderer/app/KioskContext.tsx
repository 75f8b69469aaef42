import { createContext, use, useContext } from 'react';
import type { Language } from '../../electron/shared/config-schema';
import type { BootInfo, Platform } from '../platform/types';
import type { DisplayOptions, Screen } from './screens';
import type { Services } from './services';
import type { ServicesHandle } from './servicesHandle';

export interface KioskContextValue {
  platform: Platform;
  /** The data services (journal, agents, settings, outbox…), loaded on first use. */
  services: ServicesHandle;
  boot: BootInfo;
  screen: Screen;
  go: (screen: Screen) => void;
  language: Language;
  setLanguage: (language: Language) => void;
  display: DisplayOptions;
  setDisplay: (display: DisplayOptions) => void;
  /** Back to the attract screen with the default language and display (citizen left). */
  resetToAttract: () => void;
}

export const KioskContext = createContext<KioskContextValue | null>(null);

/** The kiosk's shared state; only usable under `<App>`. */
export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error('useKiosk() outside <KioskContext>');
  return value;
}

export const usePlatform = (): Platform => useKiosk().platform;

/**
 * The data services. The first call may suspend while the data chunk loads (under the
 * `<Suspense>` of the area), so components never reach a database any other way.
 */
export function useServices(): Services {
  const { services } = useKiosk();
  return services.current() ?? use(services.load());
}
