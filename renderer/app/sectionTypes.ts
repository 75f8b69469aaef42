/**
 * The shape of an agent-area section, in a leaf module: features describe their sections with
 * these types and the agent area collects the descriptors, so neither imports the other back.
 */
import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import type { Namespace } from '../i18n/resources';

export type Role = 'agent' | 'admin';

export interface AgentSession {
  role: Role;
  /** Pseudonymous code of the agent; null for the admin. */
  agentCode: string | null;
  displayName: string;
}

export interface SectionProps {
  session: AgentSession;
  /** Locks the agent area and returns to the attract screen. */
  lock: () => void;
  /** Opens another section of the menu. */
  open: (sectionId: string) => void;
  /** The sections this session may open, in menu order (the admin's home lists them). */
  menu: readonly Section[];
}

export interface Section {
  id: string;
  roles: readonly Role[];
  /** Menu label, e.g. `(t) => t('stats:section.title')` (namespace-prefixed keys are typed). */
  title: (t: TFunction<Namespace[]>) => string;
  /** Lazy, so a section's code loads when it is first opened. */
  load: () => Promise<{ default: ComponentType<SectionProps> }>;
}
