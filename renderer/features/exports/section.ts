/** This feature's section of the agent area (collected by the agent area; loads when opened). */
import type { Section } from '../../app/sectionTypes';

export const exportsSection: Section = {
  id: 'exports',
  roles: ['agent', 'admin'],
  title: (t) => t('stats:exports.title'),
  load: () => import('./ExportsSection'),
};
