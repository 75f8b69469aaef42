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

/** The section an agent or the admin lands on after signing in. */
export const HOME_SECTION: Record<Role, string> = { agent: 'quick-log', admin: 'admin-home' };

export const SECTIONS: readonly Section[] = [
  // The admin's landing page comes first in the admin's menu (agents never see it).
  {
    id: 'admin-home',
    roles: ['admin'],
    title: (t) => t('admin:home.title'),
    load: () => import('../admin/AdminHomeSection'),
  },
  {
    id: 'quick-log',
    roles: ['agent'],
    title: (t) => t('agent:quickLog.title'),
    load: () => import('./quicklog/QuickLogSection'),
  },
  {
    id: 'journal',
    roles: ['agent', 'admin'],
    title: (t) => t('agent:journal.title'),
    load: () => import('../journal/ui/JournalSection'),
  },
  // Features add their sections here (statistics, data, diagnostics, parcours…).
  {
    id: 'stats',
    roles: ['agent', 'admin'],
    title: (t) => t('stats:section.title'),
    load: () => import('../stats/StatsSection'),
  },
  {
    id: 'exports',
    roles: ['agent', 'admin'],
    title: (t) => t('stats:exports.title'),
    load: () => import('../exports/ExportsSection'),
  },
  {
    id: 'admin-data',
    roles: ['admin'],
    title: (t) => t('stats:data.title'),
    load: () => import('../admin/data/DataSection'),
  },
  {
    id: 'launch-parcours',
    roles: ['agent', 'admin'],
    title: (t) => t('citizen:agentLaunch.title'),
    load: () => import('../citizen/AgentLaunchSection'),
  },
  {
    id: 'admin-agents',
    roles: ['admin'],
    title: (t) => t('admin:agents.title'),
    load: () => import('../admin/agents/AgentsSection'),
  },
  {
    id: 'admin-catalogue',
    roles: ['admin'],
    title: (t) => t('admin:catalogue.title'),
    load: () => import('../admin/catalogue/CatalogueSection'),
  },
  {
    id: 'admin-diagnostics',
    roles: ['admin'],
    title: (t) => t('deploy:section.title'),
    load: () => import('../admin/diagnostics/DiagnosticsScreen'),
  },
  {
    id: 'admin-quit',
    roles: ['admin'],
    title: (t) => t('admin:quit.title'),
    load: () => import('../admin/QuitSection'),
  },
];
