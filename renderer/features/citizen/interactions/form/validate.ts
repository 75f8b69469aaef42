import type { FieldKind } from './schema';

/** Why a field's value is not acceptable yet; null when its format is right. */
export type FieldProblem =
  | 'required'
  | 'name'
  | 'date'
  | 'dateSeparator'
  | 'dateOrder'
  | 'dateDigits'
  | 'dateYear'
  | 'dateNotReal'
  | 'dateTooOld'
  | 'dateFuture'
  | 'postcode'
  | 'postcodeSpaces'
  | 'email'
  | 'emailSpaces'
  | 'phone'
  | 'phoneSeparators'
  | null;

/** Day, month and year typed with any separator ("12/3/1985", "12-03-1985", "12 03 85"). */
const LOOSE_DATE = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2,4})$/;

/** The year first, as computers write it ("1985-03-12"). */
const YEAR_FIRST = /^(\d{4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})$/;

/** What is really wrong with a date that is not JJ/MM/AAAA, so the message can name it. */
function dateProblem(value: string): FieldProblem {
  if (YEAR_FIRST.test(value)) return 'dateOrder';
  const loose = LOOSE_DATE.exec(value);
  if (!loose) return 'date';
  const [, day = '', month = '', year = ''] = loose;
  if (year.length !== 4) return 'dateYear';
  if (day.length !== 2 || month.length !== 2) return 'dateDigits';
  if (!/^\d{2}\/\d{2}\/\d{4}$/.test(value)) return 'dateSeparator';
  return Number(year) < 1900 ? 'dateTooOld' : 'dateNotReal';
}

/** The date written as JJ/MM/AAAA when only its separators or leading zeros are wrong. */
export function tidyDate(raw: string): string | null {
  const yearFirst = YEAR_FIRST.exec(raw.trim());
  const loose = yearFirst
    ? [raw, yearFirst[3], yearFirst[2], yearFirst[1]]
    : LOOSE_DATE.exec(raw.trim());
  if (!loose || loose[3]?.length !== 4) return null;
  const two = (part = '') => part.padStart(2, '0');
  return `${two(loose[1])}/${two(loose[2])}/${loose[3]}`;
}

/** Parses JJ/MM/AAAA into a real calendar date, or null. */
export function parseFrenchDate(value: string): Date | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? date : null;
}

/** The live validation rule of each field kind (format only, not the expected value). */
export function validateField(
  kind: FieldKind,
  raw: string,
  today: Date = new Date(),
): FieldProblem {
  const value = raw.trim();
  if (value === '') return 'required';
  switch (kind) {
    case 'name':
      // Both apostrophes: a phone or a word processor types the curly one.
      return /^[\p{L}][\p{L}'’ -]*$/u.test(value) ? null : 'name';
    case 'date': {
      const date = parseFrenchDate(value);
      if (!date) return dateProblem(value);
      return date.getTime() > today.getTime() ? 'dateFuture' : null;
    }
    case 'postcode':
      if (/^\d{5}$/.test(value)) return null;
      return /^\d{5}$/.test(value.replace(/\s/g, '')) ? 'postcodeSpaces' : 'postcode';
    case 'email':
      if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return null;
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.replace(/\s/g, '')) ? 'emailSpaces' : 'email';
    case 'phone':
      if (/^0\d( ?\d{2}){4}$/.test(value)) return null;
      return /^0\d{9}$/.test(value.replace(/[\s.-]/g, '')) ? 'phoneSeparators' : 'phone';
    case 'text':
      return null;
  }
}

/** The value as the message suggests it, for the problems whose message shows the fix. */
export function fixedValue(problem: FieldProblem, raw: string): string {
  const value = raw.trim();
  switch (problem) {
    case 'dateSeparator':
    case 'dateOrder':
    case 'dateDigits':
      return tidyDate(value) ?? value;
    case 'postcodeSpaces':
    case 'emailSpaces':
      return value.replace(/\s/g, '');
    case 'phoneSeparators':
      return (value.replace(/\D/g, '').match(/\d{2}/g) ?? []).join(' ');
    default:
      return value;
  }
}
