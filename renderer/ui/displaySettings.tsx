/**
 * What the shared accessibility atoms (text size, contrast, language) read and change, in a
 * small context of their own: the app provides it, so `ui/` never imports `app/`.
 */
import { createContext, useContext } from 'react';
import type { Language } from '../../electron/shared/config-schema';

/** Text size steps offered by the accessibility bar (root font scale). */
export const TEXT_SCALES = [1, 1.25, 1.5] as const;
export type TextScaleStep = 0 | 1 | 2;

export interface DisplayOptions {
  textScale: TextScaleStep;
  highContrast: boolean;
}

export const DEFAULT_DISPLAY: DisplayOptions = { textScale: 0, highContrast: false };

export interface DisplaySettings {
  display: DisplayOptions;
  setDisplay: (display: DisplayOptions) => void;
  language: Language;
  setLanguage: (language: Language) => void;
  /** The languages a citizen may choose here (configured and usable), in menu order. */
  languages: readonly Language[];
}

export const DisplaySettingsContext = createContext<DisplaySettings | null>(null);

export function useDisplaySettings(): DisplaySettings {
  const value = useContext(DisplaySettingsContext);
  if (!value) throw new Error('useDisplaySettings outside DisplaySettingsContext');
  return value;
}
