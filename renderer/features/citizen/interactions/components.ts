/**
 * Registry of interaction components, one lazy import per type (shared file: add a line,
 * never reorder). Each type loads on demand, so the player's first screen stays light.
 */
import type { ComponentType } from 'react';
import type { Step, StepType } from '../content/schema';
import type { InteractionProps } from './types';

type StepOf<T extends StepType> = Extract<Step, { type: T }>;
type Loader<T extends StepType> = () => Promise<{
  default: ComponentType<InteractionProps<StepOf<T>>>;
}>;

export const INTERACTION_COMPONENTS: { [T in StepType]: Loader<T> } = {
  'click-targets': () => import('./click-targets/ClickTargets'),
  'double-click': () => import('./double-click/DoubleClickFolders'),
  'context-menu': () => import('./context-menu/ContextMenuTask'),
  'drag-drop': () => import('./drag-drop/DragDropSort'),
  'scroll-find': () => import('./scroll-find/ScrollFind'),
  'key-press': () => import('./key-press/KeyPress'),
  typing: () => import('./typing/TypingTask'),
  form: () => import('./form/FormTask'),
  choice: () => import('./choice/ChoiceTask'),
  'ab-cards': () => import('./ab-cards/AbCards'),
  'password-builder': () => import('./password-builder/PasswordBuilder'),
  webmail: () => import('./webmail/Webmail'),
  'secure-site': () => import('./secure-site/SecureSite'),
  'public-site': () => import('./public-site/PublicSite'),
  franceconnect: () => import('./franceconnect/FranceConnect'),
  'file-explorer': () => import('./file-explorer/FileExplorer'),
};
