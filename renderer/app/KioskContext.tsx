import { createContext, useContext } from 'react';
import type { Language } from '../../electron/shared/config-schema';
import type { BootInfo, Platform } from '../platform/types';
import type { DisplayOptions, Screen } from './screens';

export interface KioskContextValue {
  platform: Platform;
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
