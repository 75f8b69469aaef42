import { describe, expect, it } from 'vitest';
import {
  afterChar,
  charFor,
  DOUBLE_TAP_MS,
  keySpan,
  nextShift,
  OSK_COLUMNS,
  OSK_ROWS,
  TYPEABLE,
} from '../../../../renderer/features/citizen/osk/layout';

describe('on-screen keyboard layout', () => {
  it('fills every row of the grid exactly', () => {
    for (const row of OSK_ROWS)
      expect(row.reduce((n, key) => n + keySpan(key), 0)).toBe(OSK_COLUMNS);
  });

  it('has AZERTY letters, every French accent, the digits and the symbols of addresses', () => {
    const keys = OSK_ROWS.map((row) => row.map((k) => (k.kind === 'char' ? k.char : '')).join(''));
    expect(keys[1]).toMatch(/^azertyuiop/);
    expect(keys[2]).toMatch(/^qsdfghjklm/);
    for (const c of "éèêàâçùûîôëï0123456789@.-_'/,") expect(TYPEABLE.has(c), c).toBe(true);
    for (const c of 'ÉÈÀÇ') expect(TYPEABLE.has(c), c).toBe(true);
    const functions = OSK_ROWS.flat().flatMap((k) => (k.kind === 'function' ? [k.fn] : []));
    expect(functions.sort()).toEqual(['backspace', 'enter', 'hide', 'shift', 'space']);
  });

  it('types capitals, accented ones included, only with Majuscule', () => {
    expect(charFor('é', 'off')).toBe('é');
    expect(charFor('é', 'once')).toBe('É');
    expect(charFor('a', 'lock')).toBe('A');
    expect(charFor('@', 'lock')).toBe('@');
  });

  it('Majuscule: one tap for one letter, a double tap locks, a tap unlocks', () => {
    expect(nextShift('off', 10_000)).toBe('once');
    expect(afterChar('once')).toBe('off');
    expect(nextShift('once', DOUBLE_TAP_MS - 100)).toBe('lock');
    expect(afterChar('lock')).toBe('lock');
    expect(nextShift('lock', 50)).toBe('off');
    expect(nextShift('once', DOUBLE_TAP_MS + 100)).toBe('off');
  });
});
