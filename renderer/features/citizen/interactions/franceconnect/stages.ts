/** The screens of the simulated FranceConnect sign-in, in order. */
export type FcStage = 'service' | 'providers' | 'login' | 'code' | 'account';

const digits = (s: string) => s.replace(/\s+/g, '');

/** Identifiers are compared without spaces (people copy "123 456" with or without them). */
export function identifierMatches(typed: string, expected: string): boolean {
  return digits(typed).toLowerCase() === digits(expected).toLowerCase();
}

/** The SMS code, spaces ignored. */
export function codeMatches(typed: string, expected: string): boolean {
  return digits(typed) === expected;
}

/** The password exactly, except spaces at its ends (invisible in a password field). */
export function passwordMatches(typed: string, expected: string): boolean {
  return typed.trim() === expected.trim();
}

/** The identifier and password without what is forgiven, to name the first real mistake. */
export const comparableIdentifier = digits;
