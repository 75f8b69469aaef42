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
