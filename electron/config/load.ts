/**
 * Reads and validates the machine config. Never throws and never stops the kiosk: a missing or
 * broken file gives safe defaults with lockdown on, and every problem is reported field by field
 * (shown on the admin screen and written to the log).
 */
import {
  DEFAULT_CONFIG,
  parseConfigText,
  type ConfigIssue,
  type KioskConfigWithSecrets,
} from '../shared/config-schema';
import { findConfigLocation, type ConfigLocation } from './lookup';

export interface LoadedConfig {
  config: KioskConfigWithSecrets;
  issues: ConfigIssue[];
  /** The file read, or null for built-in defaults. */
  source: string | null;
  origin: ConfigLocation['origin'] | 'defaults';
}

export interface ConfigFs {
  exists(file: string): boolean;
  readText(file: string): string;
}

/** Files above this size are refused: a config is a few hundred bytes. */
const MAX_CONFIG_BYTES = 256 * 1024;

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
  if (!location) return { config: DEFAULT_CONFIG, issues: [], source: null, origin: 'defaults' };
  const failed = (message: string): LoadedConfig => ({
    config: { ...DEFAULT_CONFIG, lockdown: true },
    issues: [{ path: '', message }],
    source: location.path,
    origin: location.origin,
  });
  if (!input.fs.exists(location.path)) return failed(`fichier introuvable : ${location.path}`);
  let text: string;
  try {
    text = input.fs.readText(location.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'erreur';
    return failed(`fichier illisible (${code}) : ${location.path}`);
  }
  if (text.length > MAX_CONFIG_BYTES) return failed('fichier trop volumineux (256 Kio au plus)');
  const parsed = parseConfigText(text);
  return {
    config: parsed.config,
    issues: parsed.issues,
    source: location.path,
    origin: location.origin,
  };
}
