/** Textes de la lecture à voix haute (« Écouter ») : bouton et raisons quand rien ne peut parler. */
export const voice = {
  listen: 'Écouter',
  stop: 'Arrêter la lecture',
  reason: {
    'no-speech-engine':
      'Ce poste ne sait pas lire le texte à voix haute. Demandez à l’agent d’accueil de vous le lire.',
    'no-voice':
      'Aucune voix n’est installée sur ce poste pour lire le texte dans cette langue. Demandez à l’agent d’accueil de vous le lire.',
    failed:
      'La lecture n’a pas marché : le son est peut-être coupé ou le haut-parleur débranché. Demandez à l’agent d’accueil.',
  },
} as const;
