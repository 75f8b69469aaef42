import type { Catalog } from '../../types';
import type { hub as fr } from '../fr/hub';

export const hub: Catalog<typeof fr> = {
  title: 'Métropole central server',
  off: 'Sending to the central server is off: this counter’s configuration has no “hub” block.',
  starting: 'Starting to send to the central server…',
  server: 'Server',
  reachable: 'Reachable',
  reachableYes: 'yes',
  reachableNo: 'no',
  reachableUnknown: 'not tried yet',
  lastSuccess: 'Last successful send',
  never: 'never',
  pending: 'Waiting to be sent',
  pendingCount_one: '{{count}} démarche',
  pendingCount_other: '{{count}} démarches',
  pendingSince_other: '{{count}} démarches (the oldest since {{since}})',
  pendingSince_one: '{{count}} démarche (since {{since}})',
  lastError: 'Last error',
  noError: 'none',
  detail: 'Details: {{message}}',
  proof: 'Comparison with the server',
  agreement: 'In agreement with the server (last 30 days).',
  notCompared: 'not compared yet',
  differ_one: 'One day differs from the server:',
  differ_other: '{{count}} days differ from the server:',
  differDay: '{{day}}: {{poste}} on this counter, {{serveur}} on the server',
  rejected_one: '{{count}} démarche refused by the server (it stays in this counter’s journal):',
  rejected_other:
    '{{count}} démarches refused by the server (they stay in this counter’s journal):',
  pushNow: 'Send now',
  pushing: 'Sending…',
  password: {
    label: 'This counter’s password for the central server (given by npm run hub:add-poste)',
    save: 'Save the password',
    saved: 'Password saved, encrypted by this counter’s operating system. Sending now.',
    failed: 'The password could not be saved: {{reason}}.',
  },
  error: {
    off: 'Sending is off: no “hub” configuration, or the browser kiosk was opened without its launcher.',
    unreachable:
      'Central server unreachable (network, firewall or server stopped). The démarches stay on this counter and will be sent later.',
    certificate:
      'The central server’s certificate is not recognised (authority or server name): connection refused.',
    authentication:
      'The central server refuses this counter’s credential (password or certificate).',
    'schema-old': 'The central server’s schema is too old: IT must run “npm run hub:migrate”.',
    timeout: 'The central server took too long to answer; trying again later.',
    refused: 'The central server refuses this counter’s sending.',
    server: 'Central server error; trying again later.',
  },
};
