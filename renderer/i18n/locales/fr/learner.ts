/** Textes de l’espace apprenant : navigation, confirmation de sortie, raccourcis (source de vérité). */
export const learner = {
  skipToAnswers: 'Aller aux réponses',
  backToList: 'Les parcours',
  language: 'Langue',
  quit: {
    question: 'Voulez-vous vraiment quitter ?',
    body: 'Tout ce que vous avez fait sera effacé et la borne reviendra à l’accueil.',
    confirm: 'Oui, quitter',
    cancel: 'Non, je continue',
  },
} as const;
