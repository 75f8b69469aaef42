import { describe, expect, it } from 'vitest';
import {
  hashPin,
  isWeakPin,
  isWellFormedPin,
  PIN_ITERATIONS,
  verifyPin,
} from '../../../electron/shared/pin-hash';
import { PIN_HASH_PATTERN } from '../../../electron/shared/config-schema';

describe('PIN hashing', () => {
  it('uses PBKDF2-SHA-256 with 600 000 iterations by default, in the config format', async () => {
    expect(PIN_ITERATIONS).toBe(600_000);
    const hash = await hashPin('482916');
    expect(hash).toMatch(/^pbkdf2-sha256\$600000\$/);
    expect(hash).toMatch(PIN_HASH_PATTERN);
    expect(hash).not.toContain('482916');
    expect(await verifyPin('482916', hash)).toBe(true);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPin('482916', 1000), hashPin('482916', 1000)]);
    expect(a).not.toBe(b);
    expect(await verifyPin('482916', a)).toBe(true);
    expect(await verifyPin('482916', b)).toBe(true);
  });

  it('rejects a wrong PIN', async () => {
    const hash = await hashPin('482916', 1000);
    expect(await verifyPin('482917', hash)).toBe(false);
    expect(await verifyPin('', hash)).toBe(false);
  });

  it.each([
    '',
    'plain',
    '482916',
    'sha256$1000$abc$def',
    'pbkdf2-sha256$10$c2FsdA==$aGFzaA==',
    'pbkdf2-sha256$99999999999$c2FsdA==$aGFzaA==',
    'pbkdf2-sha256$1000$***$aGFzaA==',
  ])('returns false for the malformed hash %j instead of throwing', async (stored) => {
    expect(await verifyPin('482916', stored)).toBe(false);
  });
});

describe('PIN rules', () => {
  it.each(['482916', '730194', '123456789012', '000111'])('accepts %s', (pin) => {
    expect(isWellFormedPin(pin)).toBe(true);
  });
  it.each(['12345', '1234567890123', '48 2916', '48291a', '４８２９１６', '', 482916, null])(
    'refuses %j',
    (pin) => {
      expect(isWellFormedPin(pin)).toBe(false);
    },
  );
  it.each(['000000', '111111', '123456', '654321', '0123456789'])('calls %s weak', (pin) => {
    expect(isWeakPin(pin)).toBe(true);
  });
  it.each(['482916', '135790', '112233'])('accepts %s as not weak', (pin) => {
    expect(isWeakPin(pin)).toBe(false);
  });
});
