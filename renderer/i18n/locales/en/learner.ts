import type { Catalog } from '../../types';
import type { learner as fr } from '../fr/learner';

export const learner: Catalog<typeof fr> = {
  skipToAnswers: 'Go to the answers',
  backToList: 'All courses',
  language: 'Language',
  quit: {
    question: 'Do you really want to leave?',
    body: 'Everything you did will be erased and the kiosk will go back to the welcome screen.',
    confirm: 'Yes, leave',
    cancel: 'No, carry on',
  },
};
