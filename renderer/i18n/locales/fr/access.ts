/**
 * Accès à l'espace agent quand la configuration du poste doit être corrigée par le service
 * informatique. Les raisons et les actions sont celles écrites dans le journal technique.
 */
import { CONFIG_PROBLEM_TEXT } from '../../../../electron/shared/admin-access';

export const access = {
  configRequired: {
    title: 'Configuration requise',
    entry: 'Configuration requise',
    entryHint: 'L’espace agent est fermé : le service informatique doit corriger la configuration',
    intro:
      'L’espace agent reste fermé tant que le fichier de configuration de ce poste n’est pas corrigé.',
    reasonLabel: 'Raison',
    actionLabel: 'À faire par le service informatique',
    close: 'Fermer',
    reasons: {
      'not-found': CONFIG_PROBLEM_TEXT['not-found'].reason,
      unreadable: CONFIG_PROBLEM_TEXT.unreadable.reason,
      'too-large': CONFIG_PROBLEM_TEXT['too-large'].reason,
      'invalid-json': CONFIG_PROBLEM_TEXT['invalid-json'].reason,
      'not-object': CONFIG_PROBLEM_TEXT['not-object'].reason,
      'invalid-hash': CONFIG_PROBLEM_TEXT['invalid-hash'].reason,
      'no-hash': CONFIG_PROBLEM_TEXT['no-hash'].reason,
    },
    actions: {
      'not-found': CONFIG_PROBLEM_TEXT['not-found'].action,
      unreadable: CONFIG_PROBLEM_TEXT.unreadable.action,
      'too-large': CONFIG_PROBLEM_TEXT['too-large'].action,
      'invalid-json': CONFIG_PROBLEM_TEXT['invalid-json'].action,
      'not-object': CONFIG_PROBLEM_TEXT['not-object'].action,
      'invalid-hash': CONFIG_PROBLEM_TEXT['invalid-hash'].action,
      'no-hash': CONFIG_PROBLEM_TEXT['no-hash'].action,
    },
  },
  adminPin: {
    label: 'Code administrateur',
    configured: 'empreinte du fichier de configuration',
    stored: 'choisi au premier démarrage, conservé haché sur ce poste',
    firstRun: 'pas encore choisi (premier démarrage)',
    blocked: 'espace agent fermé : configuration requise',
    hashIgnored:
      'L’empreinte adminPinHash du fichier de configuration est ignorée par le kiosque navigateur : la page ne reçoit jamais d’empreinte et le code administrateur se choisit au premier démarrage. Retirez adminPinHash de ce fichier.',
  },
} as const;
