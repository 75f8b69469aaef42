/** This feature's section of the agent area (collected by the agent area; loads when opened). */
import type { Section } from '../../app/sectionTypes';

export const statsSection: Section = {
  id: 'stats',
  roles: ['agent', 'admin'],
  title: (t) => t('stats:section.title'),
  load: () => import('./StatsSection'),
};
