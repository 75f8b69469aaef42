/**
 * The sections of the agent area, in menu order. Each feature describes its own section (in
 * its public `section.ts`, loading its code when opened); the agent area only collects them and
 * shows those allowed for the signed-in role.
 */
import type { Role, Section } from '../../app/sectionTypes';
import {
  adminAgentsSection,
  adminCatalogueSection,
  adminDataSection,
  adminDiagnosticsSection,
  adminHomeSection,
  adminQuitSection,
} from '../admin/section';
import { launchParcoursSection } from '../citizen/section';
import { exportsSection } from '../exports/section';
import { journalSection } from '../journal/section';
import { statsSection } from '../stats/section';

export type { AgentSession, Role, Section, SectionProps } from '../../app/sectionTypes';

/** The section an agent or the admin lands on after signing in. */
export const HOME_SECTION: Record<Role, string> = { agent: 'quick-log', admin: 'admin-home' };

const quickLogSection: Section = {
  id: 'quick-log',
  roles: ['agent'],
  title: (t) => t('agent:quickLog.title'),
  load: () => import('./quicklog/QuickLogSection'),
};

export const SECTIONS: readonly Section[] = [
  // The admin's landing page comes first in the admin's menu (agents never see it).
  adminHomeSection,
  quickLogSection,
  journalSection,
  statsSection,
  exportsSection,
  adminDataSection,
  launchParcoursSection,
  adminAgentsSection,
  adminCatalogueSection,
  adminDiagnosticsSection,
  adminQuitSection,
];
