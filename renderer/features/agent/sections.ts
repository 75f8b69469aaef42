/**
 * The sections of the agent area, in menu order. Each feature adds one entry (lazy import,
 * so a section's code loads when opened). The agent shell renders the menu from this list and
 * shows only the sections allowed for the signed-in role.
 */
import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import type { Namespace } from '../../i18n/resources';

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
}

export interface Section {
  id: string;
  roles: readonly Role[];
  /** Menu label, e.g. `(t) => t('stats:section.title')` (namespace-prefixed keys are typed). */
  title: (t: TFunction<Namespace[]>) => string;
  load: () => Promise<{ default: ComponentType<SectionProps> }>;
}

export const SECTIONS: readonly Section[] = [];
