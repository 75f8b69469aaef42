/**
 * Who may open the agent area, decided once at start-up from what was found at the config
 * location. First-run setup of the admin PIN is offered only where there is no machine config
 * file at all (a fresh developer or demo machine): a file that exists but cannot be used keeps
 * the agent area closed, otherwise the first passer-by would become admin.
 *
 * Pure module, shared by main (Electron) and the browser kiosk (page and launcher).
 */

/** Why a config file that exists cannot be trusted to protect the agent area. */
export type ConfigProblemReason =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'invalid-json'
  | 'not-object'
  | 'invalid-hash'
  | 'no-hash';

export interface ConfigProblem {
  reason: ConfigProblemReason;
  /** The file concerned. */
  path: string;
  /** The system error code (EACCES…) or the JSON parser's message, when there is one. */
  detail?: string;
}

/** What the loader found where the config should be. */
export type ConfigFileStatus =
  | { state: 'absent' }
  | { state: 'read'; path: string }
  | { state: 'failed'; problem: ConfigProblem };

export type AdminAccess =
  | { state: 'ready'; pin: 'configured' | 'stored' }
  | { state: 'first-run' }
  | { state: 'config-required'; problem: ConfigProblem };

export interface AdminAccessInput {
  /** In a browser the page checks the PIN itself: a hash from the config is never used there. */
  mode: 'electron' | 'web';
  file: ConfigFileStatus;
  /** The config's `adminPinHash` after validation (null when absent or refused). */
  configHash: string | null;
  /** The file had an `adminPinHash` that failed validation. */
  hashInvalid: boolean;
  /** A PIN chosen at an earlier first run is stored on this machine. */
  storedPin: boolean;
}

export function decideAdminAccess(input: AdminAccessInput): AdminAccess {
  const { file } = input;
  if (file.state === 'failed') return { state: 'config-required', problem: file.problem };
  const storedOrFirstRun = (): AdminAccess =>
    input.storedPin ? { state: 'ready', pin: 'stored' } : { state: 'first-run' };
  if (file.state === 'absent' || input.mode === 'web') return storedOrFirstRun();
  if (input.hashInvalid)
    return { state: 'config-required', problem: { reason: 'invalid-hash', path: file.path } };
  if (input.configHash) return { state: 'ready', pin: 'configured' };
  // A PIN chosen before IT deployed the file stays valid; none is ever chosen once it exists.
  if (input.storedPin) return { state: 'ready', pin: 'stored' };
  return { state: 'config-required', problem: { reason: 'no-hash', path: file.path } };
}

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
