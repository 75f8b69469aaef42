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
