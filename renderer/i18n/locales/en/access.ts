import type { Catalog } from '../../types';
import type { access as fr } from '../fr/access';

export const access: Catalog<typeof fr> = {
  configRequired: {
    title: 'Configuration required',
    intro: 'The staff area stays closed until the configuration file of this counter is fixed.',
    reasonLabel: 'Reason',
    actionLabel: 'What IT must do',
    close: 'Close',
    reasons: {
      'not-found': 'the configuration file given does not exist: {{path}}',
      unreadable: 'the configuration file cannot be read ({{detail}}): {{path}}',
      'too-large': 'the configuration file is larger than 256 KiB: {{path}}',
      'invalid-json': 'the configuration file is not valid JSON ({{detail}}): {{path}}',
      'not-object': 'the configuration file does not hold a JSON object { … }: {{path}}',
      'invalid-hash': 'the adminPinHash of the configuration file is invalid: {{path}}',
      'no-hash': 'the configuration file holds no admin code: {{path}}',
    },
    actions: {
      'not-found':
        'Create this file, or fix the path given by --config or KIOSQUE_CONFIG, then restart the kiosk.',
      unreadable:
        'Let the kiosk account read it (Linux: chown root:kiosque and chmod 0640; Windows: read access for the kiosk account), then restart the kiosk.',
      'too-large': 'Replace it with a valid configuration file, then restart the kiosk.',
      'invalid-json':
        'Fix the syntax (start from resources/config.example.json), then restart the kiosk.',
      'not-object':
        'Fix the file (start from resources/config.example.json), then restart the kiosk.',
      'invalid-hash':
        'Make a hash with npm run hash-pin (or --hash-pin), paste it into adminPinHash, then restart the kiosk.',
      'no-hash':
        'Add adminPinHash (a hash made by npm run hash-pin or --hash-pin), then restart the kiosk.',
    },
  },
  adminPin: {
    label: 'Admin code',
    configured: 'hash from the configuration file',
    stored: 'chosen at first start, stored hashed on this counter',
    firstRun: 'not chosen yet (first start)',
    blocked: 'staff area closed: configuration required',
    hashIgnored:
      'The adminPinHash of the configuration file is ignored by the browser kiosk: the page never receives a hash and the admin code is chosen at first start. Remove adminPinHash from this file.',
  },
};
