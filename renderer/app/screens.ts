/** The top-level screens. Each area (citizen, agent) runs its own navigation inside. */
export type Screen =
  | { name: 'attract' }
  | { name: 'citizen'; parcoursId?: string; launchedBy?: 'agent' }
  | { name: 'agent' };

export {
  DEFAULT_DISPLAY,
  TEXT_SCALES,
  type DisplayOptions,
  type TextScaleStep,
} from '../ui/displaySettings';
