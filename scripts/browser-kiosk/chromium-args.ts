/** Chromium's command line for the browser kiosk (unit-tested: no temporary profile, no restore). */

export function kioskChromiumArgs(input: {
  url: string;
  profile: string;
  /** Only as root (Chromium refuses to start otherwise); everyone else keeps the sandbox. */
  noSandbox: boolean;
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
    ...(input.noSandbox ? ['--no-sandbox'] : []),
  ];
}
