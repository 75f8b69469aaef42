/**
 * Phrases pour les codes d'erreur de l'hôte (processus principal ou plateforme navigateur) :
 * chargées avec les espaces qui peuvent les afficher, pas avec l'écran d'accueil.
 */
export const errors = {
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
} as const;
