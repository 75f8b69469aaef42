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
    configEntry: 'Configuration required',
    configEntryHint: 'The staff area is closed: IT must fix the configuration',
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
  config: {
    issuesTitle: 'The configuration file has errors',
    issuesIntro: 'The kiosk runs with safe values for the fields in error (lockdown on).',
    wholeFile: 'whole file',
  },
  actions: { back: 'Back', cancel: 'Cancel', close: 'Close', continue: 'Continue', home: 'Home' },
  errors: {
    generic: 'Something went wrong. The kiosk returns to the home screen.',
  },
};
