import type { Catalog } from '../../types';
import type { learning as fr } from '../fr/learning';

export const learning: Catalog<typeof fr> = {
  list: {
    orderIntro: 'If you are a beginner, follow the suggested order: start with step 1.',
    step: 'Step {{n}}',
    levelTwoHeading: 'To go further: level 2',
    levelTwoIntro: 'The same skills, a little harder. To do after level 1.',
    levelTwo: 'Level 2',
    after: 'After “{{title}}”',
  },
  lesson: {
    label: 'Before you start',
    start: 'Start the exercise',
    animation: 'Animation: {{what}}',
  },
};
