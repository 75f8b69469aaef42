/**
 * Registry of step schemas, one line per interaction type (shared file: add a line, never
 * reorder). The exercise schema builds its `steps` discriminated union from this list.
 */
import { abCardsStep } from './ab-cards/schema';
import { choiceStep } from './choice/schema';
import { clickTargetsStep } from './click-targets/schema';
import { contextMenuStep } from './context-menu/schema';
import { doubleClickStep } from './double-click/schema';
import { dragDropStep } from './drag-drop/schema';
import { formStep } from './form/schema';
import { keyPressStep } from './key-press/schema';
import { scrollFindStep } from './scroll-find/schema';
import { typingStep } from './typing/schema';
import { passwordBuilderStep } from './password-builder/schema';
import { webmailStep } from './webmail/schema';
import { secureSiteStep } from './secure-site/schema';
import { publicSiteStep } from './public-site/schema';
import { franceConnectStep } from './franceconnect/schema';
import { fileExplorerStep } from './file-explorer/schema';

export const STEP_SCHEMAS = [
  clickTargetsStep,
  doubleClickStep,
  contextMenuStep,
  dragDropStep,
  scrollFindStep,
  keyPressStep,
  typingStep,
  formStep,
  choiceStep,
  abCardsStep,
  passwordBuilderStep,
  webmailStep,
  secureSiteStep,
  publicSiteStep,
  franceConnectStep,
  fileExplorerStep,
] as const;
