/**
 * What IT reads when the config file cannot be used (admin-access.ts decides when): in main's
 * log, the browser kiosk's launcher and the page. Apart from the decision, so that the page's
 * first bundle carries these texts only when a file has a problem (renderer/platform/web.ts).
 */
import type { ConfigProblem, ConfigProblemReason } from './admin-access';

/**
 * The reason and what IT must do, in French (IT reads the log in French; the renderer's French
 * catalogue uses these same texts). `{{path}}` and `{{detail}}` are filled in.
 */
export const CONFIG_PROBLEM_TEXT = {
  'not-found': {
    reason: 'le fichier de configuration indiqué n’existe pas : {{path}}',
    action:
      'Créez ce fichier, ou corrigez le chemin donné par --config ou KIOSQUE_CONFIG, puis redémarrez le kiosque.',
  },
  unreadable: {
    reason: 'le fichier de configuration ne peut pas être lu ({{detail}}) : {{path}}',
    action:
      'Donnez le droit de lecture au compte du kiosque (Linux : chown root:kiosque et chmod 0640 ; Windows : lecture pour le compte kiosque), puis redémarrez le kiosque.',
  },
  'too-large': {
    reason: 'le fichier de configuration dépasse 256 Kio : {{path}}',
    action: 'Remplacez-le par un fichier de configuration valide, puis redémarrez le kiosque.',
  },
  'invalid-json': {
    reason: 'le fichier de configuration n’est pas un JSON valide ({{detail}}) : {{path}}',
    action:
      'Corrigez la syntaxe (partez de resources/config.example.json), puis redémarrez le kiosque.',
  },
  'not-object': {
    reason: 'le fichier de configuration ne contient pas un objet JSON { … } : {{path}}',
    action:
      'Corrigez le fichier (partez de resources/config.example.json), puis redémarrez le kiosque.',
  },
  'invalid-hash': {
    reason: 'l’empreinte adminPinHash du fichier de configuration est invalide : {{path}}',
    action:
      'Produisez une empreinte avec npm run hash-pin (ou --hash-pin) et collez-la dans adminPinHash, puis redémarrez le kiosque.',
  },
  'no-hash': {
    reason: 'le fichier de configuration ne contient pas de code administrateur : {{path}}',
    action:
      'Ajoutez adminPinHash (empreinte produite par npm run hash-pin ou --hash-pin), puis redémarrez le kiosque.',
  },
} as const satisfies Record<ConfigProblemReason, { reason: string; action: string }>;

/** One line for the log: `Configuration requise : <reason>. <action>` */
export function describeConfigProblem(problem: ConfigProblem): string {
  const text = CONFIG_PROBLEM_TEXT[problem.reason];
  const fill = (s: string) =>
    s.replace('{{path}}', problem.path).replace('{{detail}}', problem.detail ?? '');
  return `Configuration requise : ${fill(text.reason)}. ${fill(text.action)}`;
}
