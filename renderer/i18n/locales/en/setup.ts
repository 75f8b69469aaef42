import type { Catalog } from '../../types';
import type { setup as fr } from '../fr/setup';

export const setup: Catalog<typeof fr> = {
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
};
