/**
 * Accès à l'espace agent quand la configuration du poste doit être corrigée par le service
 * informatique. Les raisons et les actions sont celles écrites dans le journal technique.
 */
import type { ConfigProblemReason } from '../../../../electron/shared/admin-access';
import { CONFIG_PROBLEM_TEXT } from '../../../../electron/shared/config-problem-text';

type Texts = typeof CONFIG_PROBLEM_TEXT;

/** One column of the shared table (the reasons, or the actions), keyed by reason. */
function column<K extends 'reason' | 'action'>(
  key: K,
): { [R in ConfigProblemReason]: Texts[R][K] } {
  const entries = Object.entries(CONFIG_PROBLEM_TEXT).map(([reason, text]) => [reason, text[key]]);
  // Object.fromEntries loses the literal keys; the map above keeps every reason.
  return Object.fromEntries(entries) as { [R in ConfigProblemReason]: Texts[R][K] };
}

export const access = {
  configRequired: {
    title: 'Configuration requise',
    intro:
      'L’espace agent reste fermé tant que le fichier de configuration de ce poste n’est pas corrigé.',
    reasonLabel: 'Raison',
    actionLabel: 'À faire par le service informatique',
    close: 'Fermer',
    reasons: column('reason'),
    actions: column('action'),
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
