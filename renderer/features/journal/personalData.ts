/**
 * Detects text that looks like a citizen's personal data, so the note of a démarche can refuse
 * it and say why. Deliberately cautious: a refused note costs the agent a few words, a stored
 * phone number is a data-protection incident.
 *
 * Decisions (tests/unit/journal/personalData.test.ts shows each):
 * - dates (12/03/2026, 12.03.2026, 2026-03-12) are allowed: an appointment date is useful and
 *   cannot be told from other dates, except "né(e) le …" which is a birth date and refused;
 * - durations ("15 min"), acronyms ("RSA", "CAF"), form numbers ("CERFA 12100*02") are allowed;
 * - 8 digits or more in a row (spaces and dots ignored) are refused whatever they are, and so
 *   is a 5+ digit number right after a word such as "allocataire", "dossier" or "n°" (but not
 *   "cerfa n°15646", a form number).
 */
export type PersonalDataKind =
  'email' | 'phone' | 'nir' | 'iban' | 'digits' | 'file-number' | 'address' | 'birth-date';

/** Every kind, in the order reasons are reported. */
export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  'email',
  'phone',
  'nir',
  'iban',
  'birth-date',
  'file-number',
  'address',
  'digits',
];

const SEP = '[\\s.\\-]?';

const PATTERNS: Record<PersonalDataKind, RegExp> = {
  email:
    /[\p{L}\p{N}._%+-]+\s?(?:@|\(at\)|\[at\])\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/iu,
  // 0X XX XX XX XX, 0XXXXXXXXX, with dots/dashes, and the +33 / 0033 forms (with an optional "(0)").
  phone: new RegExp(
    `(?<!\\d)(?:(?:\\+|00)\\s?33${SEP}(?:\\(0\\)${SEP})?|0)[1-9](?:${SEP}\\d{2}){4}(?!\\d)`,
  ),
  // Sex 1/2 (7/8 for temporary numbers), year, month, department (2A/2B for Corsica), commune,
  // order, then the 2-digit key; spaces or dots anywhere between the groups.
  nir: /(?<![\dA-Z])[1278][\s.]?\d{2}[\s.]?\d{2}[\s.]?(?:\d{2}|2[AB])[\s.]?\d{3}[\s.]?\d{3}[\s.]?\d{2}(?!\d)/i,
  // Country code, 2 check digits, then 11 to 30 letters/digits, grouped by 4 or not.
  iban: /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}(?![\p{L}\p{N}])/iu,
  'birth-date': /\bn[ée]e?\s+le\s+\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}/iu,
  'file-number':
    /(?<!cerfa\s*)(?:allocataire|dossier|fiscal|matricule|identifiant|num[ée]ro|n°|no\.)\s*:?\s*[\p{L}]{0,12}\s*:?\s*\d(?:[\s.]?\d){4,}/iu,
  address:
    /(?<!\d)\d{1,4}\s?(?:bis|ter)?,?\s+(?:rue|avenue|av\.|bd|boulevard|chemin|impasse|all[ée]e|place|route|quai|cours|square|r[ée]sidence|lotissement|lieu-dit|cit[ée])\s/iu,
  digits: /\d(?:[\s.]?\d){7,}/,
};

/** Date forms removed before counting digit runs, so "12.03.2026" is not "8 digits". */
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
// A date stands alone: "06.12.34.56.78" is a phone number, not a date followed by digits.
const DATES = new RegExp(
  `(?<![\\d/.-])(?:${DAY}[/.-]${MONTH}[/.-](?:\\d{4}|\\d{2})|\\d{4}-${MONTH}-${DAY})(?![\\d]|[/.-]\\d)`,
  'g',
);

/** Why a text looks like personal data (empty when it does not), each kind at most once. */
export function detectPersonalData(text: string): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  const withoutDates = text.replace(DATES, ' ');
  for (const kind of PERSONAL_DATA_KINDS) {
    // Birth dates are looked for in the full text; everything else ignores plain dates.
    const haystack = kind === 'birth-date' ? text : withoutDates;
    if (PATTERNS[kind].test(haystack)) found.add(kind);
  }
  // A phone number, NIR or IBAN is also a long digit run: report the precise reason only.
  if (found.has('phone') || found.has('nir') || found.has('iban') || found.has('file-number'))
    found.delete('digits');
  return PERSONAL_DATA_KINDS.filter((k) => found.has(k));
}

/** True when the text holds nothing that looks like personal data. */
export const isFreeOfPersonalData = (text: string): boolean =>
  detectPersonalData(text).length === 0;
