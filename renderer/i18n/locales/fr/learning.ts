/** Textes de l'apprentissage : ordre conseillé et niveaux des parcours, leçon avant l'exercice. */
export const learning = {
  list: {
    orderIntro: 'Si vous débutez, suivez l’ordre conseillé : commencez par l’étape 1.',
    step: 'Étape {{n}}',
    levelTwoHeading: 'Pour aller plus loin : niveau 2',
    levelTwoIntro: 'Les mêmes gestes, un peu plus difficiles. À faire après le niveau 1.',
    levelTwo: 'Niveau 2',
    after: 'Après « {{title}} »',
  },
  lesson: {
    label: 'Avant de commencer',
    start: 'Je commence l’exercice',
    animation: 'Animation : {{what}}',
  },
} as const;
