import type { Catalog } from '../../types';
import type { common as fr } from '../fr/common';

export const common: Catalog<typeof fr> = {
  appName: 'Digital Kiosk',
  loading: 'Loading…',
  attract: {
    welcome: 'Welcome',
    headline: 'Practise everyday digital skills',
    subline: 'Mouse, keyboard, forms, e-mail, scams: at your own pace, no account and no timer.',
    start: 'Touch the screen to start',
    anonymous: 'Anonymous: what you type is erased when you leave.',
    chooseLanguage: 'Choose the language',
    agentEntry: 'Staff area',
    agentEntryHint: 'For reception staff only',
  },
  language: { fr: 'Français', en: 'English' },
  a11y: {
    bar: 'Display options',
    textSize: 'Text size',
    textNormal: 'Normal text',
    textLarge: 'Large text',
    textXLarge: 'Extra large text',
    contrast: 'High contrast',
  },
  pin: {
    pad: 'Code keypad',
    digit: 'Digit {{digit}}',
    erase: 'Erase the last digit',
    clear: 'Clear all',
    validate: 'Confirm',
    entered_one: '{{count}} digit entered',
    entered_other: '{{count}} digits entered',
    show: 'Show the code',
    hide: 'Hide the code',
    tooShort: 'The code needs at least {{min}} digits.',
  },
  setup: {
    title: 'First start-up',
    intro:
      'No administrator code is set for this counter yet. Choose one: it protects the administrator area and leaving the kiosk.',
    choose: 'Choose the administrator code ({{min}} to {{max}} digits)',
    confirm: 'Confirm the administrator code',
    mismatch: 'The two codes differ. Please start again.',
    weak: 'This code is too easy to guess (repeated or consecutive digits). Choose another one.',
    saving: 'Saving the code securely…',
    done: 'Administrator code saved. The kiosk is ready.',
    failed: 'The code could not be saved: {{reason}}',
    configHint:
      'For many counters, IT staff can also set this code in the configuration file (see docs/configuration.md).',
  },
  config: {
    issuesTitle: 'The configuration file has errors',
    issuesIntro: 'The kiosk runs with safe values for the fields in error (lockdown on).',
    wholeFile: 'whole file',
  },
  actions: { back: 'Back', cancel: 'Cancel', close: 'Close', continue: 'Continue', home: 'Home' },
  platformErrors: {
    'pin-wrong': 'wrong code',
    'pin-locked': 'too many tries: code entry is locked for a few minutes',
    'pin-exists': 'an administrator code already exists',
    'pin-format': 'the code needs 6 to 12 digits',
    'pin-weak': 'this code is too easy to guess',
    'setup-not-allowed':
      'the counter’s configuration does not allow choosing a code here (see “Configuration required”)',
    'write-failed': 'writing the file failed',
    'invalid-name': 'file name refused',
    'too-large': 'file too large',
    'target-unavailable': 'the folder or USB drive is no longer available',
    'disk-full': 'the disk or USB drive is full',
    'not-writable': 'this folder cannot be written to',
    'folder-missing': 'the folder does not exist',
    'quit-unavailable-in-browser': 'the browser kiosk closes when the browser is closed',
    'no-printer': 'no printer is set up on this computer',
    'not-allowed': 'printing is only possible from the citizen area',
    busy: 'a sheet is already printing',
    'no-window': 'the kiosk window is not ready',
    'print-failed': 'printing did not work: check the paper and that the printer is on',
    'admin-required': 'enter the administrator code again for this action',
    'not-needed':
      'this counter’s configuration names a password file or a certificate: nothing to type here',
    'not-supported': 'the browser kiosk reads the password from a file (hub.passwordFile)',
    'no-keyring':
      'this Linux counter has no secure keyring (GNOME Keyring or KWallet), the password would not be protected: use a file (hub.passwordFile) or a certificate instead',
    'encryption-unavailable':
      'the operating system cannot encrypt the password on this counter: use a file (hub.passwordFile) or a certificate',
    'password-format': 'one line of 8 to 200 characters is expected',
    unknown: 'unexpected error ({{code}})',
  },
  errors: {
    generic: 'Something went wrong. The kiosk returns to the home screen.',
  },
};
