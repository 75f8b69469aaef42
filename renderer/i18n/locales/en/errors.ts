import type { Catalog } from '../../types';
import type { errors as fr } from '../fr/errors';

export const errors: Catalog<typeof fr> = {
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
};
