/**
 * Reads and validates the machine config. Never throws and never stops the kiosk: a missing or
 * broken file gives safe defaults with lockdown on, and every problem is reported field by field
 * (shown on the admin screen and written to the log).
 */
import {
  DEFAULT_CONFIG,
  hasInvalidHash,
  parseConfigText,
  type ConfigIssue,
  type KioskConfigWithSecrets,
} from '../shared/config-schema';
import type { ConfigFileStatus, ConfigProblem } from '../shared/admin-access';
import { findConfigLocation, type ConfigLocation } from './lookup';

export interface LoadedConfig {
  config: KioskConfigWithSecrets;
  issues: ConfigIssue[];
  /** The file read, or null for built-in defaults. */
  source: string | null;
  origin: ConfigLocation['origin'] | 'defaults';
  /** What was found at the location: decides whether the agent area may open. */
  file: ConfigFileStatus;
  /** The file had an `adminPinHash` that failed validation. */
  hashInvalid: boolean;
}

export interface ConfigFs {
  exists(file: string): boolean;
  readText(file: string): string;
}

/** Files above this size are refused: a config is a few hundred bytes. */
export const MAX_CONFIG_BYTES = 256 * 1024;

export function loadMachineConfig(input: {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  platform: string;
  fs: ConfigFs;
}): LoadedConfig {
  const location = findConfigLocation({
    argv: input.argv,
    env: input.env,
    platform: input.platform,
    exists: input.fs.exists,
  });
  if (!location)
    return {
      config: DEFAULT_CONFIG,
      issues: [],
      source: null,
      origin: 'defaults',
      file: { state: 'absent' },
      hashInvalid: false,
    };
  const at = location.path;
  const failed = (message: string, problem: Omit<ConfigProblem, 'path'>): LoadedConfig => ({
    config: { ...DEFAULT_CONFIG, lockdown: true },
    issues: [{ path: '', message }],
    source: at,
    origin: location.origin,
    file: { state: 'failed', problem: { ...problem, path: at } },
    hashInvalid: false,
  });
  if (!input.fs.exists(at)) return failed(`fichier introuvable : ${at}`, { reason: 'not-found' });
  let text: string;
  try {
    text = input.fs.readText(at);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'erreur';
    return failed(`fichier illisible (${code}) : ${at}`, { reason: 'unreadable', detail: code });
  }
  if (text.length > MAX_CONFIG_BYTES)
    return failed('fichier trop volumineux (256 Kio au plus)', { reason: 'too-large' });
  const parsed = parseConfigText(text);
  return {
    config: parsed.config,
    issues: parsed.issues,
    source: at,
    origin: location.origin,
    file: parsed.unusable
      ? { state: 'failed', problem: { ...parsed.unusable, path: at } }
      : { state: 'read', path: at },
    hashInvalid: hasInvalidHash(parsed),
  };
}
