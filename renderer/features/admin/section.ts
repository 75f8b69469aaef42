/** The admin's sections of the agent area (the agent area collects them; code loads when opened). */
import type { Section } from '../../app/sectionTypes';

export const adminHomeSection: Section = {
  id: 'admin-home',
  roles: ['admin'],
  title: (t) => t('admin:home.title'),
  load: () => import('./AdminHomeSection'),
};

export const adminDataSection: Section = {
  id: 'admin-data',
  roles: ['admin'],
  title: (t) => t('stats:data.title'),
  load: () => import('./data/DataSection'),
};

export const adminAgentsSection: Section = {
  id: 'admin-agents',
  roles: ['admin'],
  title: (t) => t('admin:agents.title'),
  load: () => import('./agents/AgentsSection'),
};

export const adminCatalogueSection: Section = {
  id: 'admin-catalogue',
  roles: ['admin'],
  title: (t) => t('admin:catalogue.title'),
  load: () => import('./catalogue/CatalogueSection'),
};

export const adminDiagnosticsSection: Section = {
  id: 'admin-diagnostics',
  roles: ['admin'],
  title: (t) => t('deploy:section.title'),
  load: () => import('./diagnostics/DiagnosticsScreen'),
};

export const adminQuitSection: Section = {
  id: 'admin-quit',
  roles: ['admin'],
  title: (t) => t('admin:quit.title'),
  load: () => import('./QuitSection'),
};
