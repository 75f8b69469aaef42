/** Textes partagés par tous les écrans (source de vérité : l'anglais suit ces clés). */
export const common = {
  appName: 'Kiosque Numérique',
  loading: 'Chargement…',
  attract: {
    welcome: 'Bienvenue',
    headline: 'Entraînez-vous aux gestes du numérique',
    subline:
      'Souris, clavier, formulaires, messagerie, arnaques : à votre rythme, sans compte et sans chronomètre.',
    start: 'Touchez l’écran pour commencer',
    anonymous: 'Anonyme : ce que vous tapez est effacé quand vous partez.',
    chooseLanguage: 'Choisir la langue',
    agentEntry: 'Espace agent',
    agentEntryHint: 'Réservé au personnel d’accueil',
    // While IT must fix the machine config, the staff entry says so (see access.configRequired).
    configEntry: 'Configuration requise',
    configEntryHint:
      'L’espace agent est fermé : le service informatique doit corriger la configuration',
  },
  language: { fr: 'Français', en: 'English' },
  a11y: {
    bar: 'Options d’affichage',
    textSize: 'Taille du texte',
    textNormal: 'Texte normal',
    textLarge: 'Texte grand',
    textXLarge: 'Texte très grand',
    contrast: 'Contraste élevé',
  },
  pin: {
    pad: 'Clavier du code',
    digit: 'Chiffre {{digit}}',
    erase: 'Effacer le dernier chiffre',
    clear: 'Tout effacer',
    validate: 'Valider',
    entered_one: '{{count}} chiffre saisi',
    entered_other: '{{count}} chiffres saisis',
    show: 'Afficher le code',
    hide: 'Masquer le code',
    tooShort: 'Le code doit compter au moins {{min}} chiffres.',
  },
  config: {
    issuesTitle: 'Le fichier de configuration contient des erreurs',
    issuesIntro:
      'Le kiosque fonctionne avec des valeurs sûres pour les champs en erreur (verrouillage activé).',
    wholeFile: 'fichier entier',
  },
  actions: {
    back: 'Retour',
    cancel: 'Annuler',
    close: 'Fermer',
    continue: 'Continuer',
    home: 'Accueil',
  },
  errors: {
    generic: 'Une erreur est survenue. Le kiosque revient à l’accueil.',
  },
} as const;
