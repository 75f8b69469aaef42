/** This feature's section of the agent area (collected by the agent area; loads when opened). */
import type { Section } from '../../app/sectionTypes';

export const launchParcoursSection: Section = {
  id: 'launch-parcours',
  roles: ['agent', 'admin'],
  title: (t) => t('citizen:agentLaunch.title'),
  load: () => import('./AgentLaunchSection'),
};
