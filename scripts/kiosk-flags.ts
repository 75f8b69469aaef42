/**
 * Chromium flags the browser kiosk needs from the machine: the system voice on Linux
 * (speech-dispatcher), and silent printing of the takeaway sheet when a printer is configured
 * (`--kiosk-printing` prints on the system's default printer without a dialog), and the same
 * Blink features off as in the Electron window (no File System Access picker in any frame).
 */
import { readFileSync } from 'node:fs';
import { DISABLED_BLINK_FEATURES } from '../electron/csp';
import { parseConfigText } from '../electron/shared/config-schema';

export function browserKioskFlags(configPath: string | null, platform: string): string[] {
  const flags: string[] = [`--disable-blink-features=${DISABLED_BLINK_FEATURES.join(',')}`];
  if (platform === 'linux') flags.push('--enable-speech-dispatcher');
  let printer: string | null = null;
  try {
    if (configPath)
      printer = parseConfigText(readFileSync(configPath, 'utf8')).config.takeaway.printer;
  } catch {
    // Unreadable config: the page reports it; no printer then.
  }
  if (printer) flags.push('--kiosk-printing');
  return flags;
}
