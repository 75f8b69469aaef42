/** The top-level screens. Each area (citizen, agent) runs its own navigation inside. */
export type Screen =
  | { name: 'attract' }
  | { name: 'citizen'; parcoursId?: string; launchedBy?: 'agent' }
  | { name: 'agent' };

/** Text size steps offered by the accessibility bar (root font scale). */
export const TEXT_SCALES = [1, 1.25, 1.5] as const;
export type TextScaleStep = 0 | 1 | 2;

export interface DisplayOptions {
  textScale: TextScaleStep;
  highContrast: boolean;
}

export const DEFAULT_DISPLAY: DisplayOptions = { textScale: 0, highContrast: false };
