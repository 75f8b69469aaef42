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
  setup: {
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
  platformErrors: {
    'pin-wrong': 'code incorrect',
    'pin-locked': 'trop d’essais : la saisie du code est bloquée quelques minutes',
    'pin-exists': 'un code administrateur existe déjà',
    'pin-format': 'le code doit compter de 6 à 12 chiffres',
    'pin-weak': 'ce code est trop facile à deviner',
    'setup-not-allowed':
      'la configuration du poste ne permet pas de choisir un code ici (voir « Configuration requise »)',
    'write-failed': 'l’écriture du fichier a échoué',
    'invalid-name': 'nom de fichier refusé',
    'too-large': 'fichier trop volumineux',
    'target-unavailable': 'le dossier ou la clé USB n’est plus disponible',
    'disk-full': 'le disque ou la clé USB est plein',
    'not-writable': 'écriture interdite dans ce dossier',
    'folder-missing': 'le dossier n’existe pas',
    'quit-unavailable-in-browser': 'le kiosque navigateur se ferme en fermant le navigateur',
    'no-printer': 'aucune imprimante n’est configurée sur ce poste',
    'not-allowed': 'l’impression n’est possible que depuis l’espace usager',
    busy: 'une impression est déjà en cours',
    'no-window': 'la fenêtre du kiosque n’est pas prête',
    'print-failed':
      'l’impression n’a pas marché : vérifiez le papier et que l’imprimante est allumée',
    'admin-required': 'ressaisissez le code administrateur pour cette action',
    'not-needed':
      'la configuration de ce poste nomme un fichier de mot de passe ou un certificat : rien à saisir ici',
    'not-supported': 'le kiosque navigateur lit le mot de passe dans un fichier (hub.passwordFile)',
    'no-keyring':
      'ce poste Linux n’a pas de trousseau sécurisé (GNOME Keyring ou KWallet), le mot de passe n’y serait pas protégé : utilisez plutôt un fichier (hub.passwordFile) ou un certificat',
    'encryption-unavailable':
      'le système ne permet pas de chiffrer le mot de passe sur ce poste : utilisez un fichier (hub.passwordFile) ou un certificat',
    'password-format': 'une seule ligne de 8 à 200 caractères est attendue',
    unknown: 'erreur inattendue ({{code}})',
  },
  errors: {
    generic: 'Une erreur est survenue. Le kiosque revient à l’accueil.',
  },
} as const;
