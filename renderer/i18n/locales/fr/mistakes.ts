/**
 * Ce qui ne va pas dans une réponse tapée, nommé précisément (source de vérité).
 * Utilisé par la saisie et les formulaires des exercices citoyens.
 */
export const mistakes = {
  typed: {
    capital: 'Dans « {{word}} », le « {{given}} » doit être une majuscule : « {{expected}} ».',
    lowercase: 'Dans « {{word}} », le « {{given}} » doit être une minuscule : « {{expected}} ».',
    accent: 'Dans « {{word}} », écrivez « {{expected}} » et non « {{given}} » : l’accent compte.',
    missing: 'Il manque « {{expected}} » après « {{after}} ».',
    missingAtStart: 'Il manque « {{expected}} » au début.',
    missingSpace: 'Il manque un espace après « {{after}} ».',
    extra: 'Il y a un « {{given}} » en trop après « {{after}} ».',
    extraAtStart: 'Il y a un « {{given}} » en trop au début.',
    extraSpace: 'Il y a un espace en trop après « {{after}} ».',
    different: 'Dans « {{word}} », écrivez « {{expected}} » et non « {{given}} ».',
  },
} as const;
