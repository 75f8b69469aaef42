/**
 * Password strength, explained in terms a beginner can act on: length, variety of
 * characters, no common word, no obvious sequence. Pure: the password is only read here,
 * never kept or logged.
 */

/** One rule the meter explains, with whether the password meets it. */
export type StrengthCriterion = 'length' | 'variety' | 'notCommon' | 'noSequence';

export interface StrengthReport {
  /** 0 (very weak) … 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  met: Record<StrengthCriterion, boolean>;
  /** The first rule not met, in the order a beginner should fix them. */
  firstMissing: StrengthCriterion | null;
}

/** Minimum length of a passphrase as the ANSSI recommends for an account without 2FA. */
export const MIN_LENGTH = 12;

// Passwords and words found at the top of every leaked-password list, in French and English.
const COMMON = [
  '123456',
  '12345678',
  '123456789',
  '111111',
  '000000',
  'azerty',
  'qwerty',
  'password',
  'motdepasse',
  'soleil',
  'bonjour',
  'loulou',
  'doudou',
  'chouchou',
  'marseille',
  'paris',
  'france',
  'admin',
  'iloveyou',
  'jetaime',
  'sunshine',
  'nicolas',
  'julien',
  'camille',
  'abc123',
  'coucou',
  'chocolat',
  'secret',
  'welcome',
  'letmein',
];

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'azertyuiop', 'qwertyuiop'];

/** Kinds of character used: lower case, upper case, digits, others (spaces, signs). */
export function characterKinds(password: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password))
    .length;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const letters = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');

/**
 * True when the password is, or is mostly made of, a very common password, or one of
 * `known` (the example shown on screen: everyone who sees it knows it).
 */
export function containsCommonWord(password: string, known: readonly string[] = []): boolean {
  const folded = letters(password);
  if (folded.length === 0) return false;
  // A long passphrase may contain "soleil" among other words: only penalise when the common
  // word is most of the password.
  return [...COMMON, ...known.map(letters)].some(
    (word) => word !== '' && folded.includes(word) && word.length * 2 > folded.length,
  );
}

/** True for four identical characters in a row or four keys in keyboard/alphabet order. */
export function hasObviousSequence(password: string): boolean {
  const folded = fold(password);
  if (/(.)\1{3}/u.test(folded)) return true;
  for (let i = 0; i + 4 <= folded.length; i += 1) {
    const chunk = folded.slice(i, i + 4);
    if (SEQUENCES.some((seq) => seq.includes(chunk))) return true;
  }
  return false;
}

/** Scores a password and says which rules it meets; `known`: examples shown on screen. */
export function assessPassword(password: string, known: readonly string[] = []): StrengthReport {
  const met: Record<StrengthCriterion, boolean> = {
    length: [...password].length >= MIN_LENGTH,
    variety: characterKinds(password) >= 3,
    notCommon: password.length > 0 && !containsCommonWord(password, known),
    noSequence: password.length > 0 && !hasObviousSequence(password),
  };
  let points = 0;
  const length = [...password].length;
  if (length >= 8) points += 1;
  if (length >= MIN_LENGTH) points += 1;
  if (length >= 16) points += 1;
  if (met.variety) points += 1;
  if (!met.notCommon) points = Math.min(points, 1);
  if (!met.noSequence) points -= 1;
  const score = Math.max(0, Math.min(4, points)) as StrengthReport['score'];
  const order: StrengthCriterion[] = ['length', 'variety', 'notCommon', 'noSequence'];
  return { score, met, firstMissing: order.find((c) => !met[c]) ?? null };
}
