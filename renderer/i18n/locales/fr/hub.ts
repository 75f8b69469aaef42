/** Le serveur central (hub) de la métropole : état de l’envoi, écrans Diagnostic et Données. */
export const hub = {
  title: 'Serveur central de la métropole',
  off: 'Envoi au serveur central désactivé : la configuration de ce poste n’a pas de bloc « hub ».',
  starting: 'Démarrage de l’envoi au serveur central…',
  server: 'Serveur',
  reachable: 'Joignable',
  reachableYes: 'oui',
  reachableNo: 'non',
  reachableUnknown: 'pas encore essayé',
  lastSuccess: 'Dernier envoi réussi',
  never: 'jamais',
  pending: 'En attente d’envoi',
  pendingCount_one: '{{count}} démarche',
  pendingCount_other: '{{count}} démarches',
  pendingSince_other: '{{count}} démarches (la plus ancienne depuis le {{since}})',
  pendingSince_one: '{{count}} démarche (depuis le {{since}})',
  lastError: 'Dernière erreur',
  noError: 'aucune',
  detail: 'Détail : {{message}}',
  proof: 'Comparaison avec le serveur',
  agreement: 'En accord avec le serveur (30 derniers jours).',
  notCompared: 'pas encore comparé',
  differ_one: 'Un jour diffère du serveur :',
  differ_other: '{{count}} jours diffèrent du serveur :',
  differDay: '{{day}} : {{poste}} sur ce poste, {{serveur}} sur le serveur',
  rejected_one:
    '{{count}} démarche refusée par le serveur (elle reste dans le journal de ce poste) :',
  rejected_other:
    '{{count}} démarches refusées par le serveur (elles restent dans le journal de ce poste) :',
  pushNow: 'Envoyer maintenant',
  pushing: 'Envoi en cours…',
  password: {
    label: 'Mot de passe de ce poste pour le serveur central (donné par npm run hub:add-poste)',
    save: 'Enregistrer le mot de passe',
    saved: 'Mot de passe enregistré, chiffré par le système de ce poste. Envoi en cours.',
    failed: 'Le mot de passe n’a pas pu être enregistré : {{reason}}.',
  },
  error: {
    off: 'Envoi désactivé : pas de configuration « hub », ou kiosque navigateur ouvert sans son lanceur.',
    unreachable:
      'Serveur central injoignable (réseau, pare-feu ou serveur arrêté). Les démarches restent sur ce poste et partiront plus tard.',
    certificate:
      'Le certificat du serveur central n’est pas reconnu (autorité ou nom du serveur) : connexion refusée.',
    authentication:
      'Le serveur central refuse l’identifiant de ce poste (mot de passe ou certificat).',
    'schema-old':
      'Le serveur central a un schéma trop ancien : le service informatique doit lancer « npm run hub:migrate ».',
    timeout: 'Le serveur central a mis trop de temps à répondre ; nouvel essai plus tard.',
    refused: 'Le serveur central refuse l’envoi de ce poste.',
    server: 'Erreur du serveur central ; nouvel essai plus tard.',
  },
};
