/** This feature's section of the agent area (collected by the agent area; loads when opened). */
import type { Section } from '../../app/sectionTypes';

export const journalSection: Section = {
  id: 'journal',
  roles: ['agent', 'admin'],
  title: (t) => t('agent:journal.title'),
  load: () => import('./ui/JournalSection'),
};
