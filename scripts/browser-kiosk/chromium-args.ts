/** Chromium's command line for the browser kiosk (unit-tested: no temporary profile, no restore). */
import { browserKioskFlags } from '../kiosk-flags';

export function kioskChromiumArgs(input: {
  url: string;
  profile: string;
  /** Only as root (Chromium refuses to start otherwise); everyone else keeps the sandbox. */
  noSandbox: boolean;
  /** The served config: a takeaway printer there turns silent printing on. */
  configPath: string | null;
  /** The system voice needs its own flag on Linux. */
  platform: string;
}): string[] {
  return [
    '--kiosk',
    `--app=${input.url}`,
    `--user-data-dir=${input.profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--noerrdialogs',
    '--disable-session-crashed-bubble',
    '--hide-crash-restore-bubble',
    '--disable-translate',
    '--disable-features=Translate,AutofillServerCommunication',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--password-store=basic',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    ...browserKioskFlags(input.configPath, input.platform),
    ...(input.noSandbox ? ['--no-sandbox'] : []),
  ];
}
