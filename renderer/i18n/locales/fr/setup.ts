/** Textes de la première mise en service : chargés avec son écran, une fois dans la vie d'un poste. */
export const setup = {
  title: 'Première mise en service',
  intro:
    'Aucun code administrateur n’est encore configuré pour ce poste. Choisissez-en un : il protège l’espace administrateur et la sortie du kiosque.',
  choose: 'Choisissez le code administrateur ({{min}} à {{max}} chiffres)',
  confirm: 'Confirmez le code administrateur',
  mismatch: 'Les deux codes ne sont pas identiques. Recommencez.',
  weak: 'Ce code est trop facile à deviner (chiffres identiques ou qui se suivent). Choisissez-en un autre.',
  saving: 'Enregistrement sécurisé du code…',
  done: 'Code administrateur enregistré. Le kiosque est prêt.',
  failed: 'Le code n’a pas pu être enregistré : {{reason}}',
  configHint:
    'Pour un parc de postes, le service informatique peut aussi fixer ce code dans le fichier de configuration (voir docs/configuration.md).',
} as const;
